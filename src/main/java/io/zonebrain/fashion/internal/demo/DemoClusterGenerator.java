package io.zonebrain.fashion.internal.demo;

import io.zonebrain.enterprise.Uscc;
import io.zonebrain.fashion.Season;
import io.zonebrain.fashion.internal.demo.DemoCluster.DemoBrand;
import io.zonebrain.fashion.internal.demo.DemoCluster.DemoClosure;
import io.zonebrain.fashion.internal.demo.DemoCluster.DemoFactory;
import io.zonebrain.fashion.internal.demo.DemoCluster.DemoLot;
import io.zonebrain.fashion.internal.demo.DemoCluster.DemoMilestone;
import io.zonebrain.fashion.internal.demo.DemoCluster.DemoOrder;
import io.zonebrain.fashion.internal.demo.DemoCluster.RegistryFirm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo cluster as a pure function of the seed, today's date and the registry's fashion firms: about 7,600
 * factories over Linping's towns (mostly workshops of 5-60 people, a few larger firms from the registry), 300
 * brands, two completed seasons a year apart (lots, milestones, deliveries on time or late, quality ratings) and
 * 2,000 orders for the coming season, a hundred of them already placed by hand.
 * <p>
 * Calibrated by construction: the participants' average output (value shipped per factory with shipped lots) of the
 * later completed season is exactly 15% above the earlier one, the figure seed 003 publishes. The later season's
 * unit prices carry the small correction that makes it exact; the correction is logged.
 */
final class DemoClusterGenerator {

    static final int FACTORIES = 7_600;
    static final int BRANDS = 300;
    static final int COMING_ORDERS = 2_000;
    static final int EARLIER_ORDERS = 1_600;
    static final int PREVIOUS_ORDERS = 1_720;
    static final int EARLY_PLACED = 100;
    static final double GROWTH = 0.15;
    static final int MAX_LOT_DAYS = 75;
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);

    /** Town code, the short name used in workshop names, share of workshops (乔司 is the garment town). */
    static final String[][] TOWNS = {{"linping", "临平", "10"}, {"donghu", "东湖", "10"}, {"nanyuan", "南苑", "13"},
            {"xingqiao", "星桥", "10"}, {"qiaosi", "乔司", "30"}, {"yunhe", "运河", "9"}, {"chongxian", "崇贤", "8"},
            {"tangqi", "塘栖", "10"}};
    /** Category code, weight, SAM from, SAM to (minutes per piece), price factor. */
    static final String[][] CATEGORIES = {{"down_jacket", "12", "55", "95", "1.10"}, {"knitwear", "15", "18", "40", "0.95"},
            {"woven_shirt", "14", "20", "35", "0.92"}, {"dress", "22", "25", "55", "1.00"},
            {"denim", "9", "22", "40", "0.95"}, {"outerwear", "14", "45", "90", "1.08"},
            {"home_textile", "14", "8", "25", "0.80"}};
    static final List<String> BASIC = List.of("cutting", "finishing", "sewing");
    static final List<String> ALL_PROCESSES = List.of("cutting", "embroidery", "finishing", "printing", "sewing",
            "washing");
    private static final Map<String, String[]> STYLES = Map.of(
            "down_jacket", new String[] {"轻薄羽绒服", "连帽羽绒服", "长款羽绒服", "羽绒马甲"},
            "knitwear", new String[] {"羊毛开衫", "针织套衫", "高领毛衫", "针织背心"},
            "woven_shirt", new String[] {"真丝衬衫", "棉质衬衫", "条纹衬衫", "雪纺衬衫"},
            "dress", new String[] {"碎花连衣裙", "衬衫裙", "吊带裙", "A字连衣裙", "针织连衣裙"},
            "denim", new String[] {"直筒牛仔裤", "阔腿牛仔裤", "牛仔外套", "牛仔半裙"},
            "outerwear", new String[] {"羊绒大衣", "西装外套", "风衣", "夹克"},
            "home_textile", new String[] {"遮光窗帘", "沙发布套", "床品四件套", "抱枕套"});
    private static final String[] ROADS = {"星光街", "望梅路", "乔莫路", "红丰路", "世纪大道", "迎宾路", "南苑街", "东湖路",
            "藕花洲大街", "新颜路", "塘康路", "崇超路"};
    private static final double[] PRICE_BY_QUALITY = {0, 0.45, 0.58, 0.78};
    /** The first day of the Spring Festival (春节), when workshops close for two to four weeks. */
    private static final Map<Integer, LocalDate> SPRING_FESTIVAL = Map.of(2023, LocalDate.of(2023, 1, 22),
            2024, LocalDate.of(2024, 2, 10), 2025, LocalDate.of(2025, 1, 29), 2026, LocalDate.of(2026, 2, 17),
            2027, LocalDate.of(2027, 2, 6), 2028, LocalDate.of(2028, 1, 26), 2029, LocalDate.of(2029, 2, 13),
            2030, LocalDate.of(2030, 2, 3), 2031, LocalDate.of(2031, 1, 23), 2032, LocalDate.of(2032, 2, 11));

    private final DemoRandom random;
    private final DemoNames names;
    private final LocalDate today;
    private final Season coming;
    private final Season previous;
    private final Season earlier;

    private final List<DemoFactory> factories = new ArrayList<>();
    private final Map<String, List<Integer>> byCategory = new HashMap<>();
    private final List<DemoOrder> orders = new ArrayList<>();
    private final List<DemoLot> lots = new ArrayList<>();
    /** Factories that delivered for a brand (for preferences and repeat business), and those that were late. */
    private final Map<Integer, List<Integer>> deliveredFor = new HashMap<>();
    private final Map<Integer, List<Integer>> lateFor = new HashMap<>();
    private int[] brandWeights;
    private double correction = 1;

    DemoClusterGenerator(long seed, LocalDate today) {
        this.random = new DemoRandom(seed ^ 0x5EA5_0A11L);
        this.names = new DemoNames(random);
        this.today = today;
        this.coming = Season.coming(today);
        this.previous = coming.minusYears(1);
        this.earlier = coming.minusYears(2);
    }

    Season coming() {
        return coming;
    }

    Season previous() {
        return previous;
    }

    Season earlier() {
        return earlier;
    }

    DemoCluster generate(List<RegistryFirm> registry) {
        Set<String> taken = new HashSet<>();
        registry.forEach(r -> taken.add(r.uscc()));
        FictionalCodes codes = new FictionalCodes(random, taken);
        factories.add(demoFactoryOne(codes));
        for (RegistryFirm firm : registry) {
            if (factories.size() >= FACTORIES) {
                break;
            }
            factories.add(factory(factories.size(), firm, codes));
        }
        while (factories.size() < FACTORIES) {
            factories.add(factory(factories.size(), null, codes));
        }
        for (int i = 0; i < factories.size(); i++) {
            for (String category : factories.get(i).prices().keySet()) {
                byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(i);
            }
        }
        List<DemoBrand> brands = brands();
        history(earlier, EARLIER_ORDERS, 1.0, 82);
        int previousFrom = lots.size();
        history(previous, PREVIOUS_ORDERS, 1.12, 90);
        int previousTo = lots.size();
        correction = (1 + GROWTH) / (1 + growth(previousFrom, previousTo));
        for (int i = previousFrom; i < previousTo; i++) {
            DemoLot l = lots.get(i);
            lots.set(i, l.withPrice(l.unitPrice().multiply(BigDecimal.valueOf(correction))
                    .setScale(2, RoundingMode.HALF_UP)));
        }
        double growth = growth(previousFrom, previousTo);
        comingSeason();
        return new DemoCluster(List.copyOf(factories), brands, List.of(earlier.code(), previous.code(), coming.code()),
                List.copyOf(orders), List.copyOf(lots), growth);
    }

    /** The factor applied to the later season's unit prices to make its growth exact (close to 1). */
    double correction() {
        return correction;
    }

    // ---------------------------------------------------------------- factories

    /** F00001, the workshop the demo's factory login acts for: a mid-sized 乔司 workshop making dresses and knits. */
    private DemoFactory demoFactoryOne(FictionalCodes codes) {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        prices.put("dress", new BigDecimal("0.6200"));
        prices.put("knitwear", new BigDecimal("0.5600"));
        prices.put("woven_shirt", new BigDecimal("0.5500"));
        return new DemoFactory(code(0), "临平区乔司锦程服装加工厂", codes.next(true), null, "qiaosi",
                "临平区乔司街道乔莫路 18 号", "沈建国", "13800001818", 28, 540, new BigDecimal("0.680"), 2, 300,
                earlier.startsOn().minusYears(2), prices, List.of("cutting", "embroidery", "finishing", "sewing"),
                closures(false));
    }

    private DemoFactory factory(int index, RegistryFirm firm, FictionalCodes codes) {
        boolean large = firm != null || random.percent(7);
        int workers = firm != null ? clamp(random.logNormal(150, 0.5), 60, 600)
                : large ? clamp(random.logNormal(85, 0.4), 60, 300) : clamp(random.logNormal(16, 0.6), 3, 59);
        if (firm == null && random.percent(0.3)) {
            workers = 0; // between seasons: kept in the group, flagged as not allocatable
        }
        int quality = large ? 1 + random.weighted(new int[] {25, 45, 30}) : 1 + random.weighted(new int[] {50, 38, 12});
        boolean individual = firm == null && random.percent(workers < 20 ? 75 : 30);
        String[] town = TOWNS[random.weighted(townWeights())];
        String name = firm != null ? firm.name() : names.factory(town[1], individual);
        String uscc = firm != null ? firm.uscc() : codes.next(individual);
        int minutes = new int[] {480, 540, 600}[random.weighted(new int[] {60, 25, 15})];
        BigDecimal efficiency = BigDecimal.valueOf(random.uniform(0.50, 0.78) + 0.03 * (quality - 1))
                .setScale(3, RoundingMode.HALF_UP);
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        int count = 1 + random.weighted(new int[] {45, 40, 15});
        while (prices.size() < count) {
            String[] c = CATEGORIES[random.weighted(categoryWeights())];
            prices.put(c[0], BigDecimal.valueOf(PRICE_BY_QUALITY[quality] * Double.parseDouble(c[4])
                    * random.uniform(0.9, 1.1)).setScale(4, RoundingMode.HALF_UP));
        }
        List<String> processes = new ArrayList<>();
        boolean denim = prices.containsKey("denim");
        if (random.percent(85)) {
            processes.add("cutting");
        }
        if (random.percent(12)) {
            processes.add("embroidery");
        }
        if (random.percent(80)) {
            processes.add("finishing");
        }
        if (random.percent(10)) {
            processes.add("printing");
        }
        processes.add("sewing");
        if (random.percent(denim ? 65 : 4)) {
            processes.add("washing");
        }
        int minOrder = workers < 10 ? 50 * random.between(2, 6) : workers < 30 ? 50 * random.between(4, 16)
                : workers < 60 ? 50 * random.between(10, 30) : 50 * random.between(20, 60);
        LocalDate joined = earlier.startsOn().minusDays(random.between(30, 4 * 365));
        String address = "临平区" + town[1] + (town[0].equals("tangqi") ? "镇" : "街道") + random.oneOf(ROADS)
                + random.between(1, 399) + " 号";
        return new DemoFactory(code(index), name, uscc, firm == null ? null : firm.enterpriseId(), town[0], address,
                names.person(), names.mobile(), workers, minutes, efficiency, quality, minOrder, joined, prices,
                List.copyOf(processes), closures(true));
    }

    /** Spring Festival closures for the three seasons' years; a few workshops also close for maintenance. */
    private List<DemoClosure> closures(boolean random6Percent) {
        List<DemoClosure> closures = new ArrayList<>();
        LocalDate lastEnd = null;
        for (int year = earlier.year(); year <= coming.endsOn().getYear(); year++) {
            LocalDate festival = SPRING_FESTIVAL.getOrDefault(year, LocalDate.of(year, 2, 1));
            if (random.percent(95)) {
                LocalDate from = festival.minusDays(random.between(4, 12));
                LocalDate to = festival.plusDays(random.between(6, 16));
                closures.add(new DemoClosure(from, to, "春节放假"));
                lastEnd = to;
            }
        }
        if (random6Percent && random.percent(6)) {
            LocalDate from = coming.startsOn().plusDays(random.between(70, 150));
            if (lastEnd == null || from.isAfter(lastEnd)) {
                closures.add(new DemoClosure(from, from.plusDays(random.between(2, 6)), "设备检修"));
            }
        }
        return List.copyOf(closures);
    }

    private static int[] townWeights() {
        int[] w = new int[TOWNS.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Integer.parseInt(TOWNS[i][2]);
        }
        return w;
    }

    private static int[] categoryWeights() {
        int[] w = new int[CATEGORIES.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Integer.parseInt(CATEGORIES[i][1]);
        }
        return w;
    }

    static String code(int index) {
        return String.format("F%05d", index + 1);
    }

    // ---------------------------------------------------------------- brands and orders

    private List<DemoBrand> brands() {
        List<DemoBrand> brands = new ArrayList<>();
        brandWeights = new int[BRANDS];
        for (int i = 0; i < BRANDS; i++) {
            String name = names.brand();
            brands.add(new DemoBrand(String.format("B%04d", i + 1), name, names.person(),
                    "0571-8" + String.format("%07d", random.nextInt(10_000_000)),
                    "buyer" + (i + 1) + "@brand" + (i + 1) + ".example.com", random.oneOf(DemoNames.CITIES)));
            brandWeights[i] = 3000 / (i + 4); // a few large brands order much, many order a little
        }
        return brands;
    }

    private DemoOrder order(Season season, int brand, String status, double quantityScale, LocalDate dueFrom,
                            LocalDate dueTo, OffsetDateTime posted) {
        String[] c = CATEGORIES[random.weighted(categoryWeights())];
        String category = c[0];
        int quality = 1 + random.weighted(new int[] {35, 45, 20});
        List<String> processes = new ArrayList<>();
        if (random.percent(95)) {
            processes.add("cutting");
        }
        if (random.percent(10)) {
            processes.add("embroidery");
        }
        if (random.percent(92)) {
            processes.add("finishing");
        }
        if (random.percent(8)) {
            processes.add("printing");
        }
        processes.add("sewing");
        if (random.percent(category.equals("denim") ? 70 : 2)) {
            processes.add("washing");
        }
        BigDecimal sam = BigDecimal.valueOf(random.uniform(Double.parseDouble(c[2]), Double.parseDouble(c[3])))
                .setScale(1, RoundingMode.HALF_UP);
        int quantity = 50 * Math.max(6, Math.min(600, (int) Math.round(random.logNormal(2500, 0.8)
                * quantityScale / 50)));
        LocalDate due = dueFrom.plusDays(random.nextInt((int) (dueTo.toEpochDay() - dueFrom.toEpochDay()) + 1));
        boolean maySplit = random.percent(75);
        Integer smallest = maySplit ? Math.max(100, 50 * (int) Math.round(quantity * random.uniform(0.15, 0.4) / 50))
                : null;
        if (smallest != null && smallest > quantity) {
            smallest = quantity;
        }
        BigDecimal target = BigDecimal.valueOf(Math.round(sam.doubleValue() * PRICE_BY_QUALITY[quality]
                * Double.parseDouble(c[4]) * random.uniform(0.95, 1.15) * 2) / 2.0).setScale(2, RoundingMode.HALF_UP);
        String[] styles = STYLES.get(category);
        String style = random.oneOf(styles) + " " + season.code().substring(2) + "-" + String.format("%04d",
                orders.size() + 1);
        return new DemoOrder(String.format("FO%06d", orders.size() + 1), brand, season.code(), style, category, sam,
                quantity, due, quality, target, maySplit, smallest, status, List.copyOf(processes), posted, List.of(),
                List.of());
    }

    private OffsetDateTime at(LocalDate day, int hourFrom, int hourTo) {
        return OffsetDateTime.of(day, LocalTime.of(random.between(hourFrom, hourTo), random.nextInt(60)), CST);
    }

    // ---------------------------------------------------------------- completed seasons

    /** A completed season: every order shipped in lots at capable factories, on time with {@code onTimePercent}. */
    private void history(Season season, int count, double quantityScale, int onTimePercent) {
        int made = 0;
        while (made < count) {
            int brand = made < 4 ? 0 : random.weighted(brandWeights);
            DemoOrder o = order(season, brand, "COMPLETED", quantityScale, season.startsOn().plusDays(20),
                    season.endsOn().minusDays(5), null);
            o = new DemoOrder(o.code(), o.brand(), o.season(), o.style(), o.category(), o.sam(), o.quantity(), o.due(),
                    o.quality(), o.targetPrice(), o.maySplit(), o.smallestLot(), o.status(), o.processes(),
                    at(o.due().minusDays(random.between(50, 100)), 9, 17), List.of(), List.of());
            if (made < 4) {
                o = forFactoryOne(o);
            }
            List<DemoLot> placed = place(o, orders.size(), onTimePercent, made < 4);
            if (placed == null) {
                continue; // nobody could make it: a completed season only holds orders that were made
            }
            orders.add(o);
            lots.addAll(placed);
            made++;
        }
    }

    /** The demo factory's orders from the demo brand: dresses it can make. */
    private static DemoOrder forFactoryOne(DemoOrder o) {
        return new DemoOrder(o.code(), 0, o.season(), o.style().replaceFirst("^\\S+", "碎花连衣裙"), "dress",
                new BigDecimal("35.0"), Math.min(Math.max(o.quantity(), 800), 3000), o.due(), 2, o.targetPrice(),
                false, null, o.status(), BASIC, o.postedAt(), List.of(), List.of());
    }

    private List<DemoLot> place(DemoOrder o, int orderIndex, int onTimePercent, boolean factoryOne) {
        int parts = o.maySplit() && o.quantity() > 3000
                ? random.between(1, Math.min(4, (int) Math.ceil(o.quantity() / 2500.0))) : 1;
        List<Integer> quantities = split(o.quantity(), parts);
        List<DemoLot> placed = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (int p = 0; p < quantities.size(); p++) {
            int quantity = quantities.get(p);
            Integer f = factoryOne ? Integer.valueOf(0) : choose(o, quantity, used);
            if (f == null) {
                return null;
            }
            used.add(f);
            placed.add(shippedLot(o, orderIndex, p + 1, f, quantity, onTimePercent));
        }
        return placed;
    }

    private static List<Integer> split(int quantity, int parts) {
        List<Integer> out = new ArrayList<>();
        int each = Math.max(50, 50 * (quantity / parts / 50));
        int left = quantity;
        for (int i = 0; i < parts - 1 && left > each; i++) {
            out.add(each);
            left -= each;
        }
        out.add(left);
        return out;
    }

    /** A capable factory: the brand's previous factory a third of the time, otherwise any that qualifies. */
    private Integer choose(DemoOrder o, int quantity, Set<Integer> used) {
        List<Integer> repeat = deliveredFor.getOrDefault(o.brand(), List.of());
        if (!repeat.isEmpty() && random.percent(33)) {
            Integer f = repeat.get(random.nextInt(repeat.size()));
            if (!used.contains(f) && fits(factories.get(f), o, quantity)) {
                return f;
            }
        }
        List<Integer> candidates = byCategory.getOrDefault(o.category(), List.of());
        for (int attempt = 0; attempt < 60 && !candidates.isEmpty(); attempt++) {
            Integer f = candidates.get(random.nextInt(candidates.size()));
            if (!used.contains(f) && fits(factories.get(f), o, quantity)) {
                return f;
            }
        }
        for (Integer f : candidates) { // the rare order few can make: look at all of them
            if (!used.contains(f) && fits(factories.get(f), o, quantity)) {
                return f;
            }
        }
        return null;
    }

    private static boolean fits(DemoFactory f, DemoOrder o, int quantity) {
        return f.makes(o.category(), o.processes(), o.quality()) && f.minOrder() <= quantity
                && workingDays(f, o, quantity) <= MAX_LOT_DAYS;
    }

    private static int workingDays(DemoFactory f, DemoOrder o, int quantity) {
        return (int) Math.ceil(quantity * o.sam().doubleValue() / f.capacity());
    }

    private DemoLot shippedLot(DemoOrder o, int orderIndex, int lotNo, int factoryIndex, int quantity,
                               int onTimePercent) {
        DemoFactory f = factories.get(factoryIndex);
        boolean onTime = random.percent(onTimePercent);
        LocalDate finish = onTime ? o.due().minusDays(random.between(0, 6)) : o.due().plusDays(random.between(1, 12));
        int calendarDays = (int) Math.ceil(workingDays(f, o, quantity) * 7 / 6.0);
        LocalDate start = finish.minusDays(calendarDays + random.between(1, 4));
        long span = finish.toEpochDay() - start.toEpochDay();
        List<DemoMilestone> milestones = List.of(
                new DemoMilestone("FABRIC_RECEIVED", at(start, 8, 10)),
                new DemoMilestone("CUT", at(start.plusDays(Math.round(span * 0.15)), 11, 12)),
                new DemoMilestone("SEWN", at(start.plusDays(Math.round(span * 0.70)), 13, 14)),
                new DemoMilestone("FINISHED", at(start.plusDays(Math.round(span * 0.85)), 14, 15)),
                new DemoMilestone("INSPECTED", at(start.plusDays(Math.round(span * 0.93)), 15, 15)),
                new DemoMilestone("SHIPPED", at(finish, 16, 17)));
        Integer score = null;
        BigDecimal defect = null;
        OffsetDateTime ratedAt = null;
        if (random.percent(92)) {
            score = Math.max(1, Math.min(5, (int) Math.round(2.6 + 0.6 * f.quality() + 0.7 * random.gaussian()
                    - (onTime ? 0 : 0.5))));
            defect = BigDecimal.valueOf(Math.max(0.1, 4.0 - 0.9 * f.quality() + 0.8 * random.gaussian()))
                    .setScale(2, RoundingMode.HALF_UP);
            ratedAt = at(finish.plusDays(random.between(2, 8)), 10, 11);
        }
        (onTime ? deliveredFor : lateFor).computeIfAbsent(o.brand(), k -> new ArrayList<>()).add(factoryIndex);
        BigDecimal price = o.sam().multiply(f.prices().get(o.category())).setScale(2, RoundingMode.HALF_UP);
        return new DemoLot(orderIndex, lotNo, factoryIndex, quantity, price, "SHIPPED", start,
                start.plusDays(calendarDays), finish, milestones, score, defect, ratedAt);
    }

    /** (value per factory of the later season) / (value per factory of the earlier) - 1, over shipped lots. */
    private double growth(int previousFrom, int previousTo) {
        return perFactory(lots.subList(previousFrom, previousTo)) / perFactory(lots.subList(0, previousFrom)) - 1;
    }

    private static double perFactory(List<DemoLot> season) {
        double value = 0;
        Set<Integer> participants = new HashSet<>();
        for (DemoLot l : season) {
            value += l.unitPrice().doubleValue() * l.quantity();
            participants.add(l.factory());
        }
        return value / participants.size();
    }

    // ---------------------------------------------------------------- the coming season

    private void comingSeason() {
        String unplaceable = categoryNobodyMakesFully();
        for (int i = 0; i < COMING_ORDERS; i++) {
            int brand = i < 3 ? 0 : random.weighted(brandWeights);
            boolean early = i < EARLY_PLACED;
            LocalDate from = coming.startsOn().plusDays(early ? 10 : 25);
            LocalDate to = early ? coming.startsOn().plusDays(60) : coming.endsOn().minusDays(5);
            if (from.isBefore(today.plusDays(14))) {
                from = today.plusDays(14);
            }
            OffsetDateTime posted = at(today.minusDays(random.between(early ? 20 : 0, 45)), 9, 17);
            DemoOrder o = order(coming, brand, "OPEN", 1.0, from, to.isBefore(from) ? from : to, posted);
            if (i < 3) {
                o = forFactoryOne(new DemoOrder(o.code(), 0, o.season(), o.style(), o.category(), o.sam(),
                        o.quantity(), o.due(), o.quality(), o.targetPrice(), o.maySplit(), o.smallestLot(), "OPEN",
                        o.processes(), o.postedAt(), List.of(), List.of()));
            } else if (unplaceable != null && i >= EARLY_PLACED && i < EARLY_PLACED + 5) {
                // premium, every process: no factory of the demo does all of it in this category (flagged)
                o = new DemoOrder(o.code(), o.brand(), o.season(), o.style(), unplaceable, o.sam(), o.quantity(),
                        o.due(), 3, o.targetPrice(), o.maySplit(), o.smallestLot(), "OPEN", ALL_PROCESSES,
                        o.postedAt(), List.of(), List.of());
            }
            if (early) {
                int orderIndex = orders.size();
                Integer f = i < 3 ? Integer.valueOf(0) : choose(o, o.quantity(), Set.of());
                if (f != null) {
                    String lotStatus = i < 3 ? new String[] {"PROPOSED", "CONFIRMED", "IN_PRODUCTION"}[i]
                            : new String[] {"PROPOSED", "CONFIRMED", "IN_PRODUCTION"}[random.weighted(
                                    new int[] {40, 35, 25})];
                    lots.add(openLot(o, orderIndex, f, lotStatus));
                    o = withStatus(o, lotStatus.equals("IN_PRODUCTION") ? "IN_PRODUCTION" : "PLACED");
                }
            } else {
                o = withPreferences(o);
            }
            orders.add(o);
        }
    }

    private static DemoOrder withStatus(DemoOrder o, String status) {
        return new DemoOrder(o.code(), o.brand(), o.season(), o.style(), o.category(), o.sam(), o.quantity(), o.due(),
                o.quality(), o.targetPrice(), o.maySplit(), o.smallestLot(), status, o.processes(), o.postedAt(),
                o.preferred(), o.blocked());
    }

    /** A lot placed by hand ahead of the allocation round: proposed, confirmed, or started (milestones so far). */
    private DemoLot openLot(DemoOrder o, int orderIndex, int factoryIndex, String status) {
        DemoFactory f = factories.get(factoryIndex);
        BigDecimal price = o.sam().multiply(f.prices().get(o.category())).setScale(2, RoundingMode.HALF_UP);
        int calendarDays = (int) Math.ceil(workingDays(f, o, o.quantity()) * 7 / 6.0);
        List<DemoMilestone> milestones = new ArrayList<>();
        LocalDate start;
        if (status.equals("IN_PRODUCTION")) {
            start = today.minusDays(random.between(3, 10));
            milestones.add(new DemoMilestone("FABRIC_RECEIVED", at(start, 8, 10)));
            if (random.percent(50) || factoryIndex == 0) {
                milestones.add(new DemoMilestone("CUT", at(start.plusDays(2), 11, 12)));
            }
        } else {
            start = today.plusDays(random.between(3, 20));
        }
        return new DemoLot(orderIndex, 1, factoryIndex, o.quantity(), price, status, start,
                start.plusDays(calendarDays), null, List.copyOf(milestones), null, null, null);
    }

    /** Some brands name factories they want again, a few block one that was late for them. */
    private DemoOrder withPreferences(DemoOrder o) {
        List<Integer> preferred = new ArrayList<>();
        List<Integer> blocked = new ArrayList<>();
        if (random.percent(8)) {
            for (Integer f : deliveredFor.getOrDefault(o.brand(), List.of())) {
                if (preferred.size() < 2 && !preferred.contains(f) && factories.get(f).makes(o.category(),
                        o.processes(), o.quality())) {
                    preferred.add(f);
                }
            }
        }
        if (random.percent(4)) {
            List<Integer> late = lateFor.getOrDefault(o.brand(), List.of());
            if (!late.isEmpty()) {
                Integer f = late.get(random.nextInt(late.size()));
                if (!preferred.contains(f)) {
                    blocked.add(f);
                }
            }
        }
        return new DemoOrder(o.code(), o.brand(), o.season(), o.style(), o.category(), o.sam(), o.quantity(), o.due(),
                o.quality(), o.targetPrice(), o.maySplit(), o.smallestLot(), o.status(), o.processes(), o.postedAt(),
                List.copyOf(preferred), List.copyOf(blocked));
    }

    /** A category in which no factory does every process at premium quality, for the demo's unplaceable orders. */
    private String categoryNobodyMakesFully() {
        for (String[] c : CATEGORIES) {
            boolean someone = byCategory.getOrDefault(c[0], List.of()).stream()
                    .anyMatch(f -> factories.get(f).makes(c[0], ALL_PROCESSES, 3));
            if (!someone) {
                return c[0];
            }
        }
        return null;
    }

    private static int clamp(double value, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }

    /**
     * Valid, unique USCCs of Linping businesses: 92 (individual business) or 91 (company), region 330113, an
     * organisation code, the GB 32100 check character. Codes of registry firms are never reissued.
     */
    private static final class FictionalCodes {
        private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        private final DemoRandom random;
        private final Set<String> issued;

        FictionalCodes(DemoRandom random, Set<String> taken) {
            this.random = random;
            this.issued = new HashSet<>(taken);
        }

        String next(boolean individual) {
            while (true) {
                StringBuilder first17 = new StringBuilder(individual ? "92330113MA" : "91330113MA");
                while (first17.length() < 17) {
                    first17.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                String code = first17.toString() + Uscc.checkCharacter(first17.toString());
                if (issued.add(code)) {
                    return code;
                }
            }
        }
    }
}
