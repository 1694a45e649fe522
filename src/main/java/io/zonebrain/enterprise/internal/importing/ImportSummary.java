package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.platform.StagedImportSummary;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An import as the preview shows it: its file, status and counts. */
public record ImportSummary(long id, long zoneId, String owner, String fileName, String fileSha256, String status,
                            String applyMode, UUID jobId, int totalRows, int validRows, int invalidRows, int newRows,
                            int changedRows, int unchangedRows, int createdCount, int updatedCount,
                            boolean fileRejected, String message, OffsetDateTime createdAt,
                            OffsetDateTime validatedAt, OffsetDateTime appliedAt, int errorCount)
        implements StagedImportSummary {

    public boolean finished() {
        return "APPLIED".equals(status) || "FAILED".equals(status);
    }
}
