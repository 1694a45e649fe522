package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.platform.ExcelSheetReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Limits of an upload: {@code zonebrain.import.max-bytes} (default 20 MB) and {@code zonebrain.import.max-rows}. */
@Component
class ImportSettings {

    private final ExcelSheetReader.Limits limits;

    ImportSettings(@Value("${zonebrain.import.max-bytes:" + ExcelSheetReader.Limits.DEFAULT_MAX_BYTES + "}") long maxBytes,
                   @Value("${zonebrain.import.max-rows:" + ExcelSheetReader.Limits.DEFAULT_MAX_ROWS + "}") int maxRows) {
        this.limits = new ExcelSheetReader.Limits(maxBytes, maxRows);
    }

    ExcelSheetReader.Limits limits() {
        return limits;
    }
}
