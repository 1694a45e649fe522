package io.zonebrain.platform;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The columns every staged import has, as its preview shows them; each module's summary record adds its own counts.
 * The two confirmations are offered only for a checked file: "all" when no row has an error, "valid" when some are.
 */
public interface StagedImportSummary {

    long id();

    long zoneId();

    String owner();

    String fileName();

    String status();

    UUID jobId();

    int totalRows();

    int validRows();

    int invalidRows();

    boolean fileRejected();

    String message();

    OffsetDateTime createdAt();

    /** The whole file in one transaction: only when every row is valid. */
    default boolean canApplyAll() {
        return "VALIDATED".equals(status()) && !fileRejected() && invalidRows() == 0 && totalRows() > 0
                && validRows() > 0;
    }

    default boolean canApplyValid() {
        return "VALIDATED".equals(status()) && !fileRejected() && validRows() > 0;
    }
}
