package io.zonebrain.enterprise.internal.demo;

import io.zonebrain.enterprise.EnterpriseDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * The demo zone's enterprises as a pure function of a seed and the zone's grid ids: no clock, no hash order, one
 * sequential random stream. First {@link #demoZone()}: 385 above-scale and 1,000 smaller land-holding firms with the
 * published tag counts; then, for benchmarks, {@link #synthetic(int)} continues the same stream with more firms
 * whose names and USCCs stay unique. Public only so that tests outside this package can check determinism.
 */
public final class DemoEnterpriseGenerator {

    public static final int ABOVE_SCALE = 385;
    public static final int BELOW_SCALE = 1_000;
    /** Share of above-scale firms in the synthetic load, as in the demo zone (385 of 1,385). */
    private static final int SYNTHETIC_ABOVE_PER_MILLE = 278;

    private final DemoRandom random;
    private final DemoFirms firms;
    private boolean demoGenerated;

    public DemoEnterpriseGenerator(long seed, List<Long> gridIds) {
        this.random = new DemoRandom(seed);
        this.firms = new DemoFirms(random, gridIds);
    }

    /** The demo zone: above-scale firms first, then the below-scale ones. Once per generator. */
    public List<EnterpriseDraft> demoZone() {
        if (demoGenerated) {
            throw new IllegalStateException("the demo zone is generated once per generator");
        }
        demoGenerated = true;
        List<DemoFirm> above = draw(ABOVE_SCALE, true);
        List<DemoFirm> below = draw(BELOW_SCALE, false);
        List<SortedSet<String>> tags = DemoTagQuotas.allocate(random, above, below);
        List<EnterpriseDraft> drafts = new ArrayList<>(above.size() + below.size());
        for (int i = 0; i < above.size(); i++) {
            drafts.add(above.get(i).toDraft(tags.get(i)));
        }
        for (int i = 0; i < below.size(); i++) {
            drafts.add(below.get(i).toDraft(tags.get(above.size() + i)));
        }
        return drafts;
    }

    /** More firms on the same stream; call after {@link #demoZone()} so the demo zone itself never changes. */
    public List<EnterpriseDraft> synthetic(int count) {
        if (!demoGenerated) {
            throw new IllegalStateException("generate the demo zone first: synthetic firms continue its sequence");
        }
        List<EnterpriseDraft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DemoFirm firm = firms.next(random.perMille(SYNTHETIC_ABOVE_PER_MILLE));
            drafts.add(firm.toDraft(SyntheticTags.draw(random, firm)));
        }
        return drafts;
    }

    private List<DemoFirm> draw(int count, boolean above) {
        List<DemoFirm> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drawn.add(firms.next(above));
        }
        return drawn;
    }
}
