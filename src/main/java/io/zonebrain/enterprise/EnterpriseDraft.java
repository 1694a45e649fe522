package io.zonebrain.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an officer types (or an import row holds) for one enterprise, before validation. */
public record EnterpriseDraft(String uscc, String name, String legalRepresentative, LocalDate foundedOn,
                              BigDecimal registeredCapitalYuan, String address, String parkCode, Long gridId,
                              String industryCode, String clusterCode, boolean aboveScale, BigDecimal ownLandMu,
                              BigDecimal leasedAreaMu, List<String> tags, List<Contact> contacts) {

    public EnterpriseDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
