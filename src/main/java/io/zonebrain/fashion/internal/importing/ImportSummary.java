package io.zonebrain.fashion.internal.importing;

import io.zonebrain.platform.StagedImportSummary;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An import as the preview shows it: its kind, file, status and counts. */
public record ImportSummary(long id, long zoneId, String kind, String owner, String fileName, String status,
                            UUID jobId, int totalRows, int validRows, int invalidRows, int newRows, int changedRows,
                            int unchangedRows, int createdCount, int updatedCount, boolean fileRejected,
                            String message, OffsetDateTime createdAt, int errorCount)
        implements StagedImportSummary {

    /** The list page this import belongs to. */
    public String listPath() {
        return "FACTORIES".equals(kind) ? "/fashion/factories" : "/fashion/orders";
    }
}
