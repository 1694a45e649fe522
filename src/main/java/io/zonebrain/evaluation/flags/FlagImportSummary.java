package io.zonebrain.evaluation.flags;

import io.zonebrain.platform.StagedImportSummary;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A flags import as its preview page shows it. */
public record FlagImportSummary(long id, long zoneId, String owner, int dataYear, String fileName, String status,
                                String applyMode, UUID jobId, int totalRows, int validRows, int invalidRows,
                                int newRows, int existingRows, int writtenCount, boolean fileRejected,
                                String message, OffsetDateTime createdAt)
        implements StagedImportSummary {
}
