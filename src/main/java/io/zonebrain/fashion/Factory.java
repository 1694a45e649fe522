package io.zonebrain.fashion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A garment factory of the virtual group. {@code enterpriseId} is set when the registry holds an enterprise with the
 * same USCC; individual businesses (USCC 92...) usually are not there. {@code capacityMinutesPerDay} is derived.
 */
public record Factory(long id, long zoneId, String code, String name, String uscc, Long enterpriseId,
                      String townCode, String address, String contactName, String contactPhone, int workers,
                      int minutesPerDay, BigDecimal efficiency, BigDecimal capacityMinutesPerDay, int qualityLevel,
                      int minOrderPieces, LocalDate joinedOn, List<CategoryPrice> categories, List<String> processes,
                      List<Closure> closures, int version) {

    /** A factory with no capacity is kept (it may be between seasons) but the engine cannot place work there. */
    public boolean allocatable() {
        return capacityMinutesPerDay.signum() > 0;
    }

    public boolean individualBusiness() {
        return uscc != null && uscc.startsWith("92");
    }

    public FactoryDraft toDraft() {
        return new FactoryDraft(name, uscc, townCode, address, contactName, contactPhone, workers, minutesPerDay,
                efficiency, qualityLevel, minOrderPieces, joinedOn, categories, processes);
    }
}
