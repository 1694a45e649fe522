package io.zonebrain.platform.internal.users;

import io.zonebrain.platform.StagedImportSummary;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A user import as its preview shows it: the file, status and counts (a row is an account). */
public record UserImportSummary(long id, long zoneId, String owner, String fileName, String status,
                                String applyMode, UUID jobId, int totalRows, int validRows, int invalidRows,
                                int newRows, int changedRows, int unchangedRows, int createdCount, int updatedCount,
                                boolean fileRejected, String message, OffsetDateTime createdAt, int errorCount)
        implements StagedImportSummary {
}
