package io.zonebrain.fashion.allocation.constraints;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;

import io.zonebrain.fashion.allocation.model.Allocation;
import io.zonebrain.fashion.allocation.model.BrandFactoryHistory;
import io.zonebrain.fashion.allocation.model.Factory;
import io.zonebrain.fashion.allocation.model.FactoryDeadline;
import io.zonebrain.fashion.allocation.model.Lot;
import io.zonebrain.fashion.allocation.model.LotTerms;

/** Every allocation rule on hand-made cases: what it matches, and by how much. */
class AllocationConstraintsTest {

    private final ConstraintVerifier<AllocationConstraints, Allocation> verifier =
            ConstraintVerifier.build(new AllocationConstraints(), Allocation.class, Lot.class);

    /** A knitwear and down-jacket factory, quality 3, 1,000 minutes a week over three weeks. */
    private final Factory knit = factory("knit", 0, Set.of("knitwear", "down"), Set.of("cutting", "sewing"), 3,
            new long[] {1000, 2000, 3000}, 1.0, true);
    /** A shirt factory with embroidery, quality 5, closed in week 0. */
    private final Factory shirts = factory("shirts", 1, Set.of("shirts"), Set.of("cutting", "sewing", "embroidery"),
            5, new long[] {0, 500, 1000}, 0.5, false);

    @Test
    void aLotAtAFactoryThatDoesNotMakeItsCategoryIsPenalised() {
        Lot knitAtShirts = lot("a", "o1", "knitwear", Set.of("sewing"), 1, 10, 1.0, 2, shirts);
        Lot knitAtKnit = lot("b", "o2", "knitwear", Set.of("sewing"), 1, 10, 1.0, 2, knit);
        verifier.verifyThat(AllocationConstraints::category).given(knitAtShirts, knitAtKnit).penalizesBy(1);
    }

    @Test
    void aLotNeedingAProcessTheFactoryLacksIsPenalised() {
        Lot embroideredAtKnit = lot("a", "o1", "knitwear", Set.of("sewing", "embroidery"), 1, 10, 1.0, 2, knit);
        Lot plainAtKnit = lot("b", "o2", "knitwear", Set.of("sewing"), 1, 10, 1.0, 2, knit);
        verifier.verifyThat(AllocationConstraints::processes).given(embroideredAtKnit, plainAtKnit).penalizesBy(1);
    }

    @Test
    void qualityShortfallIsPenalisedByTheLevelsMissing() {
        Lot needsFive = lot("a", "o1", "knitwear", null, 5, 10, 1.0, 2, knit);
        Lot needsThree = lot("b", "o2", "knitwear", null, 3, 10, 1.0, 2, knit);
        verifier.verifyThat(AllocationConstraints::quality).given(needsFive, needsThree).penalizesBy(2);
    }

    @Test
    void aBlockedFactoryIsPenalised() {
        Lot blocked = lot("a", "o1", "knitwear", null, 1, 10, 1.0, 2, knit, Set.of(), Set.of("knit"));
        Lot notBlocked = lot("b", "o2", "knitwear", null, 1, 10, 1.0, 2, knit, Set.of(), Set.of("shirts"));
        verifier.verifyThat(AllocationConstraints::blocked).given(blocked, notBlocked).penalizesBy(1);
    }

    @Test
    void capacityCountsTheLotsDueByEachWeekAgainstTheMinutesUpToThen() {
        // knit has 1000 minutes by the end of week 0, 3000 by week 1, 6000 by week 2.
        Lot dueWeek0 = lot("a", "o1", "knitwear", null, 1, 900, 1.0, 0, knit);
        Lot alsoDueWeek0 = lot("b", "o2", "knitwear", null, 1, 300, 1.0, 0, knit);
        Lot dueWeek2 = lot("c", "o3", "knitwear", null, 1, 4700, 1.0, 2, knit);
        // Week 0: 1200 > 1000 (200 over); week 2: 5900 <= 6000.
        verifier.verifyThat(AllocationConstraints::capacity)
                .given(deadline(knit, 0), deadline(knit, 2), dueWeek0, alsoDueWeek0, dueWeek2)
                .penalizesBy(200);
        // One more minute-heavy lot due week 2 overloads week 2 as well: 5900 + 200 = 6100, 100 over.
        Lot another = lot("d", "o4", "knitwear", null, 1, 200, 1.0, 2, knit);
        verifier.verifyThat(AllocationConstraints::capacity)
                .given(deadline(knit, 0), deadline(knit, 2), dueWeek0, alsoDueWeek0, dueWeek2, another)
                .penalizesBy(300);
    }

    @Test
    void loadDependsOnTheFactorysEfficiencyOrOnTheTable() {
        // shirts works at efficiency 0.5: 300 standard minutes take 600; it has 500 minutes by the end of week 1.
        Lot shirtLot = lot("a", "o1", "shirts", null, 1, 300, 1.0, 1, shirts);
        verifier.verifyThat(AllocationConstraints::capacity).given(deadline(shirts, 1), shirtLot).penalizesBy(100);
        Lot tabled = tableLot("t", new long[] {5, 400}, new long[] {1, 1}, shirts);
        verifier.verifyThat(AllocationConstraints::capacity).given(deadline(shirts, 0), tabled).penalizesBy(400);
    }

    @Test
    void unplacedLotsCountOneEachAtTheMediumLevel() {
        Lot unplaced = lot("a", "o1", "knitwear", null, 1, 10, 1.0, 2, null);
        Lot alsoUnplaced = lot("b", "o1", "knitwear", null, 1, 10, 1.0, 2, null);
        Lot placed = lot("c", "o2", "knitwear", null, 1, 10, 1.0, 2, knit);
        verifier.verifyThat(AllocationConstraints::unplaced).given(unplaced, alsoUnplaced, placed).penalizesBy(2);
    }

    @Test
    void costIsPricePerPiecePlusTransportTimesQuantity() {
        // knit: knitwear 1200 fen a piece, transport 50 fen a piece; 10 pieces = 12,500 fen.
        Lot tenPieces = lot("a", "o1", "knitwear", null, 1, 10, 1.0, 2, knit);
        Lot unplaced = lot("b", "o2", "knitwear", null, 1, 10, 1.0, 2, null);
        verifier.verifyThat(AllocationConstraints::cost).given(tenPieces, unplaced).penalizesBy(12_500);
        Lot tabled = tableLot("t", new long[] {5, 400}, new long[] {7, 9}, shirts);
        verifier.verifyThat(AllocationConstraints::cost).given(tabled).penalizesBy(9);
    }

    @Test
    void balancePenalisesTheSquareOfEachSmallFactorysUtilisation() {
        // knit is small with 6000 minutes over the horizon: 1500 minutes = 250 per mille, squared 62,500.
        Lot a = lot("a", "o1", "knitwear", null, 1, 1000, 1.0, 2, knit);
        Lot b = lot("b", "o2", "knitwear", null, 1, 500, 1.0, 2, knit);
        // shirts is not small: not counted.
        Lot c = lot("c", "o3", "shirts", null, 1, 100, 1.0, 2, shirts);
        verifier.verifyThat(AllocationConstraints::balance).given(a, b, c).penalizesBy(62_500);
    }

    @Test
    void anOrderSpreadOverMoreFactoriesIsPenalisedPerExtraFactory() {
        Lot first = lot("a1", "order", "knitwear", null, 1, 10, 1.0, 2, knit);
        Lot second = lot("a2", "order", "knitwear", null, 1, 10, 1.0, 2, shirts);
        Lot third = lot("a3", "order", "knitwear", null, 1, 10, 1.0, 2, knit);
        Lot other = lot("b", "other", "knitwear", null, 1, 10, 1.0, 2, knit);
        verifier.verifyThat(AllocationConstraints::splits).given(first, second, third, other).penalizesBy(1);
    }

    @Test
    void aFactoryThatDeliveredTheBrandWellBeforeIsRewardedPerPiece() {
        Lot atProven = lot("a", "o1", "knitwear", null, 1, 40, 1.0, 2, knit);
        Lot atOther = lot("b", "o2", "shirts", null, 1, 25, 1.0, 2, shirts);
        var history = new BrandFactoryHistory("brand", knit, 3);
        verifier.verifyThat(AllocationConstraints::history).given(history, atProven, atOther).rewardsWith(40);
    }

    @Test
    void aPreferredFactoryIsRewardedPerPiece() {
        Lot preferred = lot("a", "o1", "knitwear", null, 1, 40, 1.0, 2, knit, Set.of("knit"), Set.of());
        Lot elsewhere = lot("b", "o2", "knitwear", null, 1, 25, 1.0, 2, knit, Set.of("shirts"), Set.of());
        verifier.verifyThat(AllocationConstraints::preferred).given(preferred, elsewhere).rewardsWith(40);
    }

    @Test
    void aFeasiblePlanBreaksNoHardRule() {
        Lot a = lot("a", "o1", "knitwear", Set.of("sewing"), 3, 100, 1.0, 0, knit);
        Lot b = lot("b", "o2", "shirts", Set.of("embroidery"), 5, 100, 1.0, 2, shirts);
        Allocation plan = new Allocation(List.of(knit, shirts),
                List.of(deadline(knit, 0), deadline(knit, 2), deadline(shirts, 0), deadline(shirts, 2)), List.of(),
                List.of(a, b), ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides.none());
        // Cost 100 × (1200 + 50) + 100 × (1900 + 100); knit (small) at 100 / 6000 minutes = 16 per mille, 256.
        verifier.verifyThat().givenSolution(plan).scores(HardMediumSoftLongScore.of(0, 0, -125_000 - 200_000 - 256));
    }

    static Factory factory(String id, int index, Set<String> categories, Set<String> processes, int quality,
            long[] weeklyMinutes, double efficiency, boolean small) {
        long[] cumulative = new long[weeklyMinutes.length];
        long sum = 0;
        for (int w = 0; w < weeklyMinutes.length; w++) {
            sum += weeklyMinutes[w];
            cumulative[w] = sum;
        }
        Map<String, Long> prices = new java.util.HashMap<>();
        for (String category : categories) {
            prices.put(category, category.equals("knitwear") ? 1200L : 1900L);
        }
        return new Factory(id, index, categories, processes, quality, cumulative, efficiency, small, prices,
                id.equals("knit") ? 50 : 100);
    }

    static FactoryDeadline deadline(Factory factory, int week) {
        return FactoryDeadline.of(factory, week);
    }

    static Lot lot(String id, String order, String category, Set<String> processes, int quality, long quantity,
            double sam, int dueWeek, Factory at) {
        return lot(id, order, category, processes, quality, quantity, sam, dueWeek, at, Set.of(), Set.of());
    }

    static Lot lot(String id, String order, String category, Set<String> processes, int quality, long quantity,
            double sam, int dueWeek, Factory at, Set<String> preferred, Set<String> blocked) {
        Lot lot = new Lot(new LotTerms(id, order, "brand", category, processes, quality, quantity, sam, dueWeek,
                preferred, blocked, null, null), at == null ? List.of() : List.of(at));
        lot.setFactory(at);
        return lot;
    }

    static Lot tableLot(String id, long[] load, long[] cost, Factory at) {
        Lot lot = new Lot(new LotTerms(id, id, null, null, null, 0, 1, 0, 0, null, null, load, cost), List.of(at));
        lot.setFactory(at);
        return lot;
    }
}
