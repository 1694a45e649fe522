package io.zonebrain.evaluation.flags;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A flags import as its preview page shows it. */
public record FlagImportSummary(long id, long zoneId, String owner, int dataYear, String fileName, String status,
                                String applyMode, UUID jobId, int totalRows, int validRows, int invalidRows,
                                int newRows, int existingRows, int writtenCount, boolean fileRejected,
                                String message, OffsetDateTime createdAt) {

    public boolean canApplyAll() {
        return "VALIDATED".equals(status) && !fileRejected && invalidRows == 0 && validRows > 0;
    }

    public boolean canApplyValid() {
        return "VALIDATED".equals(status) && !fileRejected && validRows > 0;
    }
}
