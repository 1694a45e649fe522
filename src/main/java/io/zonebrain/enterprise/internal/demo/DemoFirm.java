package io.zonebrain.enterprise.internal.demo;

import io.zonebrain.enterprise.Contact;
import io.zonebrain.enterprise.EnterpriseDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/**
 * A generated firm before its tags are known. {@code outputYi} (annual output in 亿元) is not stored: it only ranks
 * firms so that the big ones become the listed companies and chain leaders, as in a real zone.
 */
record DemoFirm(String nameStem, boolean shareholding, String legalRepresentative, LocalDate foundedOn,
                BigDecimal registeredCapitalYuan, String address, String parkCode, Long gridId, String industryCode,
                String clusterCode, int highTechPercent, boolean aboveScale, BigDecimal ownLandMu,
                BigDecimal leasedAreaMu, String uscc, List<Contact> contacts, double outputYi) {

    EnterpriseDraft toDraft(SortedSet<String> tags) {
        boolean joinStock = shareholding || tags.contains(io.zonebrain.enterprise.EnterpriseTags.LISTED);
        return new EnterpriseDraft(uscc, nameStem + (joinStock ? "股份有限公司" : "有限公司"), legalRepresentative,
                foundedOn, registeredCapitalYuan, address, parkCode, gridId, industryCode, clusterCode, aboveScale,
                ownLandMu, leasedAreaMu, List.copyOf(tags), contacts);
    }
}
