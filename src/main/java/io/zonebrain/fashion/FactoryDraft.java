package io.zonebrain.fashion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A factory's profile as a form, the API or an import row gives it. Numbers are boxed so that a missing value is
 * told apart from zero. Capacity is not given: it is workers × minutes per day × efficiency.
 */
public record FactoryDraft(String name, String uscc, String townCode, String address, String contactName,
                           String contactPhone, Integer workers, Integer minutesPerDay, BigDecimal efficiency,
                           Integer qualityLevel, Integer minOrderPieces, LocalDate joinedOn,
                           List<CategoryPrice> categories, List<String> processes) {

    public FactoryDraft {
        categories = categories == null ? List.of() : List.copyOf(categories);
        processes = processes == null ? List.of() : List.copyOf(processes);
    }
}
