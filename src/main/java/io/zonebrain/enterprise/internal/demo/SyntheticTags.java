package io.zonebrain.enterprise.internal.demo;

import static io.zonebrain.enterprise.EnterpriseTags.CHAIN_LEADER;
import static io.zonebrain.enterprise.EnterpriseTags.DIGITAL_WORKSHOP;
import static io.zonebrain.enterprise.EnterpriseTags.HIGH_TECH;
import static io.zonebrain.enterprise.EnterpriseTags.IPO_LONG;
import static io.zonebrain.enterprise.EnterpriseTags.IPO_MID;
import static io.zonebrain.enterprise.EnterpriseTags.IPO_NEAR;
import static io.zonebrain.enterprise.EnterpriseTags.LISTED;
import static io.zonebrain.enterprise.EnterpriseTags.LITTLE_GIANT;
import static io.zonebrain.enterprise.EnterpriseTags.PROVINCIAL_SRDI;
import static io.zonebrain.enterprise.EnterpriseTags.SERVICE_MANUFACTURING;
import static io.zonebrain.enterprise.EnterpriseTags.SMART_FACTORY;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Tags for the synthetic load (benchmarks only): drawn per firm at the demo zone's rates, since there is no
 * published total to hit. Selectivity of a tag filter over 100,000 firms then resembles the demo's.
 */
final class SyntheticTags {

    private SyntheticTags() {
    }

    static SortedSet<String> draw(DemoRandom random, DemoFirm firm) {
        SortedSet<String> tags = new TreeSet<>();
        if (firm.aboveScale()) {
            int roll = random.nextInt(1000);
            if (roll < 52) {
                tags.add(LISTED);
            } else if (roll < 109) {
                tags.add(LITTLE_GIANT);
            } else if (roll < 270) {
                tags.add(PROVINCIAL_SRDI);
            }
            addIpoTier(random, tags, 208);
            addIf(random, tags, SMART_FACTORY, 99);
            addIf(random, tags, DIGITAL_WORKSHOP, 220);
            addIf(random, tags, CHAIN_LEADER, 23);
            addIf(random, tags, SERVICE_MANUFACTURING, 42);
        } else {
            addIf(random, tags, PROVINCIAL_SRDI, 14);
            addIpoTier(random, tags, 20);
            addIf(random, tags, DIGITAL_WORKSHOP, 25);
        }
        int rate = firm.aboveScale() ? firm.highTechPercent() : firm.highTechPercent() * 35 / 100;
        if (tags.contains(LITTLE_GIANT) || tags.contains(PROVINCIAL_SRDI) || random.percent(rate)) {
            tags.add(HIGH_TECH);
        }
        return tags;
    }

    private static void addIpoTier(DemoRandom random, SortedSet<String> tags, int perMille) {
        if (!tags.contains(LISTED) && random.perMille(perMille)) {
            int tier = random.nextInt(10);
            tags.add(tier < 2 ? IPO_NEAR : tier < 5 ? IPO_MID : IPO_LONG);
        }
    }

    private static void addIf(DemoRandom random, SortedSet<String> tags, String tag, int perMille) {
        if (random.perMille(perMille)) {
            tags.add(tag);
        }
    }
}
