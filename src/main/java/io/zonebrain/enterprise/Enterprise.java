package io.zonebrain.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The profile of one enterprise (一企一档). {@code version} guards against silent overwrites. */
public record Enterprise(long id, long zoneId, String uscc, String name, String legalRepresentative,
                         LocalDate foundedOn, BigDecimal registeredCapitalYuan, String address, String parkCode,
                         Long gridId, String industryCode, String clusterCode, boolean aboveScale,
                         BigDecimal ownLandMu, BigDecimal leasedAreaMu, List<String> tags, List<Contact> contacts,
                         int version) {

    public EnterpriseDraft toDraft() {
        return new EnterpriseDraft(uscc, name, legalRepresentative, foundedOn, registeredCapitalYuan, address,
                parkCode, gridId, industryCode, clusterCode, aboveScale, ownLandMu, leasedAreaMu, tags, contacts);
    }

    public BigDecimal totalLandMu() {
        return ownLandMu.add(leasedAreaMu);
    }
}
