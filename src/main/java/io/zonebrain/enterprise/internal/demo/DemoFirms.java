package io.zonebrain.enterprise.internal.demo;

import io.zonebrain.enterprise.Contact;
import io.zonebrain.enterprise.internal.demo.DemoCatalogue.Cluster;
import io.zonebrain.enterprise.internal.demo.DemoCatalogue.Industry;
import io.zonebrain.enterprise.internal.demo.DemoCatalogue.Park;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws one firm at a time: cluster, class, park and grid, then sizes with the skew of a real zone (a few firms
 * with 10-100 亿元 output and hundreds of mu, a long tail of small ones). Above-scale firms are older and larger.
 */
final class DemoFirms {

    /** The demo's reference year: founding dates never pass its end, whatever today's date is. */
    static final int REFERENCE_YEAR = 2023;

    private final DemoRandom random;
    private final List<Long> gridIds;
    private final FictionalNames names;
    private final FictionalUsccs usccs;

    DemoFirms(DemoRandom random, List<Long> gridIds) {
        if (gridIds.isEmpty()) {
            throw new IllegalArgumentException("the demo zone needs its service grids first");
        }
        this.random = random;
        this.gridIds = List.copyOf(gridIds);
        this.names = new FictionalNames(random);
        this.usccs = new FictionalUsccs(random);
    }

    DemoFirm next(boolean above) {
        Cluster cluster = !above && random.perMille(DemoCatalogue.OTHER_BELOW_PER_MILLE) ? null
                : random.weighted(DemoCatalogue.CLUSTERS, c -> above ? c.aboveWeight() : c.belowWeight());
        Industry industry = random.weighted(cluster == null ? DemoCatalogue.OTHER : cluster.industries(),
                Industry::weight);
        Park park = cluster != null && random.percent(cluster.homeParkPercent()) ? park(cluster.homePark())
                : random.weighted(DemoCatalogue.PARKS, Park::weight);

        // Calibrated so that about a third of above-scale firms pass 1 亿元, as 125 of 385 do in seed 001.
        double output = above ? Math.min(150, 0.2 + random.logNormal(0.31, 2.0)) : 0.02 + random.nextDouble() * 0.17;
        String stem = names.companyStem(random.oneOf(industry.words()));
        boolean shareholding = random.percent(above ? 30 : 4);
        String legal = names.person();
        LocalDate founded = founded(above);
        BigDecimal capital = capital(above, output);
        BigDecimal own = ownLand(above, output);
        BigDecimal leased = leased(above, own);
        String address = "浙江省杭州市临平区" + random.oneOf(park.streets()) + random.between(1, 999) + "号";
        String uscc = usccs.next(founded);
        List<Contact> contacts = contacts(above, uscc);
        return new DemoFirm(stem, shareholding, legal, founded, capital, address, park.code(),
                gridIds.get(park.gridIndex() % gridIds.size()), industry.code(),
                cluster == null ? null : cluster.code(), cluster == null ? 15 : cluster.highTechPercent(), above,
                own, leased, uscc, contacts, output);
    }

    private LocalDate founded(boolean above) {
        int age = (int) Math.round(random.logNormal(above ? 14 : 9, above ? 0.45 : 0.6));
        int year = REFERENCE_YEAR - Math.max(above ? 2 : 1, Math.min(age, 38));
        return LocalDate.ofYearDay(year, random.between(1, 365));
    }

    private BigDecimal capital(boolean above, double output) {
        double wan = above ? 1000 * Math.pow(output, 0.6) * random.logNormal(1, 0.6) : random.logNormal(200, 0.8);
        long roundedWan = Math.max(above ? 100 : 10, Math.min(Math.round(wan), above ? 500_000 : 3_000));
        return BigDecimal.valueOf(roundedWan * 10_000L).setScale(2);
    }

    private BigDecimal ownLand(boolean above, double output) {
        if (above && random.percent(8)) {
            return BigDecimal.ZERO.setScale(2); // a tenant in someone else's plant
        }
        double mu = above ? 20 * Math.sqrt(output) * random.logNormal(1, 0.5) : random.logNormal(5, 0.7);
        return DemoRandom.scaled(Math.max(above ? 3 : 0.5, Math.min(mu, above ? 800 : 60)), 2);
    }

    private BigDecimal leased(boolean above, BigDecimal own) {
        if (own.signum() == 0) {
            return DemoRandom.scaled(3 + random.nextDouble() * 37, 2);
        }
        if (!random.percent(above ? 35 : 20)) {
            return BigDecimal.ZERO.setScale(2);
        }
        double mu = above ? own.doubleValue() * (0.05 + random.nextDouble() * 0.35) : 0.3 + random.nextDouble() * 7.7;
        return DemoRandom.scaled(Math.max(0.1, mu), 2);
    }

    /** Most above-scale firms have named a chief data officer (首席数据官); few small ones have. */
    private List<Contact> contacts(boolean above, String uscc) {
        String mailbox = uscc.substring(12).toLowerCase(Locale.ROOT);
        List<Contact> contacts = new ArrayList<>(2);
        if (random.percent(above ? 85 : 15)) {
            contacts.add(new Contact(names.person(), random.oneOf(DemoCatalogue.CDO_POSITIONS), phone(),
                    "cdo." + mailbox + "@example.com", true));
        }
        contacts.add(new Contact(names.person(), random.oneOf(DemoCatalogue.CONTACT_POSITIONS), phone(),
                "office." + mailbox + "@example.com", false));
        return List.copyOf(contacts);
    }

    private String phone() {
        return "0571-8" + random.between(5_000_000, 9_999_999);
    }

    private static Park park(String code) {
        return DemoCatalogue.PARKS.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
