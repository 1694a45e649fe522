package io.zonebrain.land.internal.importing;

import io.zonebrain.platform.ExcelSheetReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Limits of an upload, the same properties as the registry import: {@code zonebrain.import.max-bytes, max-rows}. */
@Component
class LandImportSettings {

    private final ExcelSheetReader.Limits limits;

    LandImportSettings(
            @Value("${zonebrain.import.max-bytes:" + ExcelSheetReader.Limits.DEFAULT_MAX_BYTES + "}") long maxBytes,
            @Value("${zonebrain.import.max-rows:" + ExcelSheetReader.Limits.DEFAULT_MAX_ROWS + "}") int maxRows) {
        this.limits = new ExcelSheetReader.Limits(maxBytes, maxRows);
    }

    ExcelSheetReader.Limits limits() {
        return limits;
    }
}
