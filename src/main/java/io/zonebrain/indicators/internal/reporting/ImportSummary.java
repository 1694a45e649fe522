package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.StagedImportSummary;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An import as its preview page shows it. */
public record ImportSummary(long id, long zoneId, String owner, String kind, String fileName, String status,
                            String applyMode, UUID jobId, int totalRows, int validRows, int invalidRows, int newRows,
                            int replacingRows, int unchangedRows, int writtenCount, boolean fileRejected,
                            String message, OffsetDateTime createdAt, int errorCount, int changeCount)
        implements StagedImportSummary {
}
