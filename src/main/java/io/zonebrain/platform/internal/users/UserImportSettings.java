package io.zonebrain.platform.internal.users;

import io.zonebrain.platform.ExcelSheetReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Limits of an upload, the same properties as every import: {@code zonebrain.import.max-bytes, max-rows}. */
@Component
class UserImportSettings {

    private final ExcelSheetReader.Limits limits;

    UserImportSettings(
            @Value("${zonebrain.import.max-bytes:" + ExcelSheetReader.Limits.DEFAULT_MAX_BYTES + "}") long maxBytes,
            @Value("${zonebrain.import.max-rows:" + ExcelSheetReader.Limits.DEFAULT_MAX_ROWS + "}") int maxRows) {
        this.limits = new ExcelSheetReader.Limits(maxBytes, maxRows);
    }

    ExcelSheetReader.Limits limits() {
        return limits;
    }
}
