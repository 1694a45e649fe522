package io.zonebrain.enterprise.internal.demo;

import static io.zonebrain.enterprise.EnterpriseTags.CHAIN_LEADER;
import static io.zonebrain.enterprise.EnterpriseTags.DIGITAL_WORKSHOP;
import static io.zonebrain.enterprise.EnterpriseTags.FUTURE_FACTORY;
import static io.zonebrain.enterprise.EnterpriseTags.HIGH_TECH;
import static io.zonebrain.enterprise.EnterpriseTags.IPO_LONG;
import static io.zonebrain.enterprise.EnterpriseTags.IPO_MID;
import static io.zonebrain.enterprise.EnterpriseTags.IPO_NEAR;
import static io.zonebrain.enterprise.EnterpriseTags.LISTED;
import static io.zonebrain.enterprise.EnterpriseTags.LITTLE_GIANT;
import static io.zonebrain.enterprise.EnterpriseTags.PROVINCIAL_SRDI;
import static io.zonebrain.enterprise.EnterpriseTags.SERVICE_MANUFACTURING;
import static io.zonebrain.enterprise.EnterpriseTags.SINGLE_CHAMPION;
import static io.zonebrain.enterprise.EnterpriseTags.SMART_FACTORY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Hands out the demo zone's tags in the exact numbers the seeds publish (20 listed, 22 little giants, 76 provincial
 * SRDI, an IPO reserve of 100, 4 future factories) and the other tiers in plausible numbers. Firms are ranked by
 * output so that the listed companies and chain leaders are among the biggest, little giants among the mid-sized,
 * and the IPO reserve's near tier holds its largest members.
 */
final class DemoTagQuotas {

    static final int LISTED_COUNT = 20;
    static final int LITTLE_GIANT_COUNT = 22;
    static final int SRDI_COUNT = 76;
    static final int SRDI_BELOW_SCALE = 14;
    static final int IPO_NEAR_COUNT = 20;
    static final int IPO_MID_COUNT = 30;
    static final int IPO_LONG_COUNT = 50;
    static final int IPO_BELOW_SCALE = 20;
    static final int FUTURE_FACTORY_COUNT = 4;

    private final DemoRandom random;
    private final List<DemoFirm> firms;
    private final List<SortedSet<String>> tags;
    private final List<Integer> aboveByOutput;
    private final List<Integer> below;

    private DemoTagQuotas(DemoRandom random, List<DemoFirm> above, List<DemoFirm> belowScale) {
        this.random = random;
        this.firms = new ArrayList<>(above);
        this.firms.addAll(belowScale);
        this.tags = new ArrayList<>();
        firms.forEach(f -> tags.add(new TreeSet<>()));
        this.aboveByOutput = IntStream.range(0, above.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -firms.get(i).outputYi())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        this.below = IntStream.range(above.size(), firms.size()).boxed().toList();
    }

    /** Tags per firm, above-scale firms first, in the order given. */
    static List<SortedSet<String>> allocate(DemoRandom random, List<DemoFirm> above, List<DemoFirm> belowScale) {
        DemoTagQuotas quotas = new DemoTagQuotas(random, above, belowScale);
        quotas.allocate();
        return quotas.tags;
    }

    private void allocate() {
        // Listed, little giant and provincial SRDI are tallied separately in seed 001, so no firm holds two.
        Set<Integer> taken = new HashSet<>();
        List<Integer> listed = give(LISTED, ranks(0, 80), taken, LISTED_COUNT);
        taken.addAll(listed);
        List<Integer> giants = give(LITTLE_GIANT, ranks(15, 250), taken, LITTLE_GIANT_COUNT);
        taken.addAll(giants);
        taken.addAll(give(PROVINCIAL_SRDI, ranks(30, aboveByOutput.size()), taken, SRDI_COUNT - SRDI_BELOW_SCALE));
        give(PROVINCIAL_SRDI, below, taken, SRDI_BELOW_SCALE);

        give(SINGLE_CHAMPION, listed, Set.of(), 2);
        give(SINGLE_CHAMPION, giants, Set.of(), 3);
        give(FUTURE_FACTORY, listed, Set.of(), FUTURE_FACTORY_COUNT);
        give(CHAIN_LEADER, ranks(0, 40), Set.of(), 9);
        Set<Integer> smart = new HashSet<>(give(SMART_FACTORY, ranks(0, 200), Set.of(), 38));
        give(DIGITAL_WORKSHOP, ranks(0, aboveByOutput.size()), smart, 85);
        give(DIGITAL_WORKSHOP, below, Set.of(), 25);
        give(SERVICE_MANUFACTURING, ranks(0, 150), Set.of(), 16);
        ipoReserve(new HashSet<>(listed));
        highTech();
    }

    /** The pool of 100, largest first into the near tier: 近期 20, 中期 30, 远期 50. */
    private void ipoReserve(Set<Integer> listed) {
        List<Integer> pool = new ArrayList<>(sample(ranks(20, 220), listed, 100 - IPO_BELOW_SCALE));
        pool.addAll(sample(below, Set.of(), IPO_BELOW_SCALE));
        pool.sort(Comparator.comparingDouble((Integer i) -> -firms.get(i).outputYi())
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < pool.size(); k++) {
            String tier = k < IPO_NEAR_COUNT ? IPO_NEAR : k < IPO_NEAR_COUNT + IPO_MID_COUNT ? IPO_MID : IPO_LONG;
            tags.get(pool.get(k)).add(tier);
        }
    }

    /** Certified SRDI firms and little giants are high-tech almost by definition; others by their cluster's rate. */
    private void highTech() {
        for (int i = 0; i < firms.size(); i++) {
            DemoFirm firm = firms.get(i);
            Set<String> own = tags.get(i);
            boolean certified = own.contains(LITTLE_GIANT) || own.contains(PROVINCIAL_SRDI)
                    || own.contains(SINGLE_CHAMPION);
            int rate = firm.aboveScale() ? firm.highTechPercent() : firm.highTechPercent() * 35 / 100;
            if (certified || random.percent(rate)) {
                own.add(HIGH_TECH);
            }
        }
    }

    private List<Integer> give(String tag, List<Integer> candidates, Set<Integer> excluded, int n) {
        List<Integer> chosen = sample(candidates, excluded, n);
        chosen.forEach(i -> tags.get(i).add(tag));
        return chosen;
    }

    private List<Integer> sample(List<Integer> candidates, Set<Integer> excluded, int n) {
        return random.sample(candidates.stream().filter(i -> !excluded.contains(i)).toList(), n);
    }

    private List<Integer> ranks(int from, int to) {
        return aboveByOutput.subList(from, Math.min(to, aboveByOutput.size()));
    }
}
