package io.zonebrain.indicators.internal.reporting;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An import as its preview page shows it. */
public record ImportSummary(long id, long zoneId, String owner, String kind, String fileName, String status,
                            String applyMode, UUID jobId, int totalRows, int validRows, int invalidRows, int newRows,
                            int replacingRows, int unchangedRows, int writtenCount, boolean fileRejected,
                            String message, OffsetDateTime createdAt, int errorCount, int changeCount) {

    public boolean canApplyAll() {
        return "VALIDATED".equals(status) && !fileRejected && invalidRows == 0 && validRows > 0;
    }

    public boolean canApplyValid() {
        return "VALIDATED".equals(status) && !fileRejected && validRows > 0;
    }
}
