package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.platform.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The five leased-premise modes on firms small enough to compute by hand. One indicator, 亩均税收 in 元/亩 with
 * weight 100 and benchmark 100, so a firm's points equal its tax per mu; grades by thresholds A ≥ 90, B ≥ 60,
 * C ≥ 30, D below, so every grade can be read off the total. Ranks are over the subjects scored.
 */
class LeasedPremisesTest {

    private static final GradingRule THRESHOLDS = new GradingRule(GradingRule.Method.SCORE_THRESHOLDS, List.of(
            new GradingRule.Cut("A", null, 90.0), new GradingRule.Cut("B", null, 60.0),
            new GradingRule.Cut("C", null, 30.0), new GradingRule.Cut("D", null, null)));
    private static final List<GradeOverride> OVERRIDES = List.of(
            new GradeOverride("UTILITY", GradeOverride.Kind.FORCE_CLASS, "T", "公用事业"),
            new GradeOverride("SAFETY_ACCIDENT", GradeOverride.Kind.CEILING, "C", "安全事故"),
            new GradeOverride("MAJOR_PROJECT", GradeOverride.Kind.FLOOR, "C", "重大项目"));

    private static Scheme scheme(LeasedPremises leased, List<Cohort> cohorts) {
        return new Scheme("leased-test", 1, "租赁测试", "测试", "无", 2022, TestSchemes.ABCD,
                List.of(new Grade("T", "T")), cohorts, List.of(new PointsAdjustment("FUTURE_FACTORY", 5, "未来工厂")),
                OVERRIDES, null, leased);
    }

    private static Scheme scheme(LeasedPremises leased) {
        return scheme(leased, List.of(cohort("all", EntryRule.everyone())));
    }

    private static Cohort cohort(String code, EntryRule entry) {
        return new Cohort(code, code, entry, 100.0, List.of(TestSchemes.perMu()), List.of(), THRESHOLDS);
    }

    private static LeasedPremises mode(LeasedPremises.Mode mode) {
        return new LeasedPremises(mode, null, null, null);
    }

    /** A firm reporting {@code land} mu and {@code tax} yuan (NaN: not reported). */
    private static EnterpriseYear firm(String id, double land, double tax, String... flags) {
        double[] v = InputField.noValues();
        v[InputField.LAND_MU.ordinal()] = land;
        v[InputField.TAX_YUAN.ordinal()] = tax;
        return new EnterpriseYear(id, null, true, "3411", 10, v, Set.of(flags));
    }

    private static ParcelOccupancy owner(String parcel, double area, String id) {
        return ParcelOccupancy.owner(parcel, parcel, area, id, "企业" + id);
    }

    private static ParcelOccupancy lease(String parcel, double area, String id, double share, Double floor,
                                         String from) {
        return ParcelOccupancy.lessee(parcel, parcel, area, id, "企业" + id, share, floor, LocalDate.parse(from));
    }

    private static Map<String, EnterpriseResult> score(Scheme scheme, List<EnterpriseYear> firms,
                                                       List<ParcelOccupancy> occupancy) {
        List<EnterpriseResult> results = ScoringKernel.compile(scheme).score(firms, occupancy,
                ScoringKernel.Mode.FULL);
        assertThat(results).extracting(EnterpriseResult::enterpriseId)
                .containsExactlyElementsOf(firms.stream().map(EnterpriseYear::enterpriseId).toList());
        Map<String, EnterpriseResult> byId = new LinkedHashMap<>();
        results.forEach(r -> byId.put(r.enterpriseId(), r));
        return byId;
    }

    /* L owns P1 (10 亩) and leases 2 亩 of it to T. */
    private static final List<ParcelOccupancy> ONE_PARCEL = List.of(owner("P1", 10, "L"),
            lease("P1", 10, "T", 2, 800.0, "2020-01-01"));

    @Test
    void asReportedIgnoresParcels() {
        Map<String, EnterpriseResult> rs = score(scheme(LeasedPremises.asReported()),
                List.of(firm("L", 10, 1000), firm("T", 5, 750)), ONE_PARCEL);
        assertThat(rs.get("L").total()).isEqualTo(100);
        assertThat(rs.get("T").total()).isEqualTo(150); // 750 / 5, not its 2 亩 share
    }

    @Test
    void withoutParcelsEveryModeScoresAsReported() {
        List<EnterpriseYear> firms = List.of(firm("a", 10, 1000), firm("b", 2, 100), firm("c", 1, 95, "UTILITY"));
        List<EnterpriseResult> reference = ScoringKernel.compile(scheme(LeasedPremises.asReported()))
                .score(firms, ScoringKernel.Mode.FULL);
        for (LeasedPremises.Mode m : LeasedPremises.Mode.values()) {
            LeasedPremises rule = new LeasedPremises(m, 10.0, 5.0, null);
            assertThat(ScoringKernel.compile(scheme(rule)).score(firms, List.of(), ScoringKernel.Mode.FULL))
                    .as(m.name()).isEqualTo(reference);
        }
    }

    /*
     * L: 1000 / 10 = 100 → A, rank 1 of 2 (L and X; lessees are not ranked). X: 50 / 1 = 50 → C, rank 2.
     * T inherits L: total 100, rank 1 of 2, A. T2 also inherits A, but its own safety accident caps it at C.
     * T3 leases 1 亩 on P1 and 3 亩 on P2 (owner Z has no figures this year): its landlord is Z, not in the run.
     * T4 leases on P3, whose owner is not in the registry.
     */
    @Test
    void inheritLandlordGivesLesseesTheLandlordsResult() {
        List<ParcelOccupancy> occupancy = new ArrayList<>(ONE_PARCEL);
        occupancy.add(lease("P1", 10, "T2", 1, null, "2021-03-01"));
        occupancy.add(lease("P1", 10, "T3", 1, null, "2021-03-01"));
        occupancy.add(owner("P2", 6, "Z"));
        occupancy.add(lease("P2", 6, "T3", 3, null, "2021-03-01"));
        occupancy.add(lease("P3", 4, "T4", 2, null, "2021-03-01"));
        Map<String, EnterpriseResult> rs = score(scheme(mode(LeasedPremises.Mode.INHERIT_LANDLORD)),
                List.of(firm("T", 2, 9999), firm("L", 10, 1000), firm("X", 1, 50), firm("T2", 1, 10, "SAFETY_ACCIDENT"),
                        firm("T3", 4, 400), firm("T4", 2, 200)), occupancy);

        assertThat(rs.get("L")).extracting(EnterpriseResult::total, EnterpriseResult::rank, EnterpriseResult::ranked,
                EnterpriseResult::grade).containsExactly(100.0, 1, 2, "A");
        assertThat(rs.get("X")).extracting(EnterpriseResult::rank, EnterpriseResult::grade).containsExactly(2, "C");
        EnterpriseResult t = rs.get("T");
        assertThat(t).extracting(EnterpriseResult::cohort, EnterpriseResult::total, EnterpriseResult::rank,
                EnterpriseResult::ranked, EnterpriseResult::grade).containsExactly("all", 100.0, 1, 2, "A");
        assertThat(t.indicators()).as("the landlord's figures are not the lessee's").isEmpty();
        assertThat(t.gradeReasons()).containsExactly(
                new GradeReason(GradeReason.Kind.INHERITED_FROM_LANDLORD, "A", "企业L / P1"));
        assertThat(rs.get("T2").grade()).isEqualTo("C");
        assertThat(rs.get("T2").gradeReasons()).extracting(GradeReason::kind)
                .containsExactly(GradeReason.Kind.INHERITED_FROM_LANDLORD, GradeReason.Kind.CEILING);

        EnterpriseResult t3 = rs.get("T3");
        assertThat(t3.graded()).isFalse();
        assertThat(t3.problems()).containsExactly(FieldError.of("leasedPremises.landlord",
                "leased.landlordNotInRun", "企业Z", "P2"));
        assertThat(rs.get("T4").problems()).extracting(FieldError::messageCode).containsExactly("leased.noLandlord");
        assertThat(rs.get("T4").gradeReasons()).extracting(GradeReason::kind)
                .containsExactly(GradeReason.Kind.NOT_GRADED);
    }

    /*
     * O owns P1 (10 亩), leased to A (3 亩) and B (1 亩); C leases 2 亩 of P1 and 4 亩 of P2 (Q's, 8 亩).
     * Unit O = O + A + B on P1: land 10 (not 6 + 3 + 1 reported), tax 600 + 900 + (B missing) = 1500 → 150, A.
     * Unit Q = Q + C (its larger share is on P2) on P2: land 8, tax 400 + 600 = 1000 → 125, A.
     * Ownerless P4 (4 亩) with D (1 亩, 100) and E (2 亩, 300): land 4, tax 400 → 100; its lead is E.
     * R owns P3 without tenants: scored alone on its 5 亩, 250 → 50. S has no parcel: 200 / 2 = 100.
     * Ranks over the five subjects: O 150 (1), Q 125 (2), S and P4 100 (3), R 50 (5).
     */
    @Test
    void mergeParcelScoresTheParcelOnceAndSharesTheResult() {
        List<ParcelOccupancy> occupancy = List.of(owner("P1", 10, "O"),
                lease("P1", 10, "A", 3, null, "2020-01-01"), lease("P1", 10, "B", 1, null, "2020-01-01"),
                lease("P1", 10, "C", 2, null, "2020-01-01"), owner("P2", 8, "Q"),
                lease("P2", 8, "C", 4, null, "2020-01-01"), owner("P3", 5, "R"),
                lease("P4", 4, "D", 1, null, "2020-01-01"), lease("P4", 4, "E", 2, null, "2020-01-01"));
        Map<String, EnterpriseResult> rs = score(scheme(mode(LeasedPremises.Mode.MERGE_PARCEL)), List.of(
                firm("A", 3, 900, "SAFETY_ACCIDENT"), firm("O", 6, 600), firm("B", 1, Double.NaN), firm("C", 6, 600),
                firm("Q", 8, 400), firm("R", 5, 250), firm("S", 2, 200), firm("D", 1, 100), firm("E", 2, 300)),
                occupancy);

        for (String id : List.of("O", "A", "B")) {
            assertThat(rs.get(id)).as(id).extracting(EnterpriseResult::total, EnterpriseResult::rank,
                    EnterpriseResult::ranked).containsExactly(150.0, 1, 5);
            assertThat(rs.get(id).indicators().get(0).value()).isEqualTo(150);
            assertThat(rs.get(id).gradeReasons().get(0))
                    .isEqualTo(new GradeReason(GradeReason.Kind.MERGED_PARCEL, "A", "P1"));
        }
        assertThat(rs.get("O").grade()).isEqualTo("A");
        assertThat(rs.get("B").grade()).isEqualTo("A");
        assertThat(rs.get("A").grade()).as("A's own accident caps its copy").isEqualTo("C");
        assertThat(rs.get("A").gradeReasons()).extracting(GradeReason::kind).containsExactly(
                GradeReason.Kind.MERGED_PARCEL, GradeReason.Kind.SCORE_THRESHOLD, GradeReason.Kind.CEILING);
        for (String id : List.of("Q", "C")) {
            assertThat(rs.get(id)).extracting(EnterpriseResult::total, EnterpriseResult::rank)
                    .containsExactly(125.0, 2);
            assertThat(rs.get(id).gradeReasons().get(0).detail()).isEqualTo("P2");
        }
        for (String id : List.of("D", "E")) {
            assertThat(rs.get(id)).extracting(EnterpriseResult::total, EnterpriseResult::rank)
                    .containsExactly(100.0, 3);
            assertThat(rs.get(id).gradeReasons().get(0).detail()).isEqualTo("P4");
        }
        assertThat(rs.get("S")).extracting(EnterpriseResult::total, EnterpriseResult::rank).containsExactly(100.0, 3);
        assertThat(rs.get("R")).extracting(EnterpriseResult::total, EnterpriseResult::rank).containsExactly(50.0, 5);
        assertThat(rs.get("R").gradeReasons()).extracting(GradeReason::kind)
                .containsExactly(GradeReason.Kind.SCORE_THRESHOLD);
    }

    /*
     * Owners (lessee null) and two lessee lists by leased floor area: < 1000 m² and ≥ 1000 m².
     * T1 leases 2 亩 (500 m²) and reports 5 亩: scored on 2 亩, 400 / 2 = 200, in "small".
     * T2 leases 1 亩 + 1 亩 on two parcels (600 + 700 m²): 2 亩, 1300 m², "large", 300 / 2 = 150.
     * T3's lease states no floor area: no lessee list admits it. O and N (no parcel) are in "owners".
     */
    @Test
    void separateListScoresLesseesApartOnTheirLandShare() {
        Scheme scheme = scheme(mode(LeasedPremises.Mode.SEPARATE_LIST), List.of(
                cohort("owners", EntryRule.everyone()),
                cohort("small", new EntryRule(null, null, null, null, null, null, true, null, 1000.0)),
                cohort("large", new EntryRule(null, null, null, null, null, null, true, 1000.0, null))));
        List<ParcelOccupancy> occupancy = List.of(owner("P1", 10, "O"), lease("P1", 10, "T1", 2, 500.0, "2020-01-01"),
                lease("P1", 10, "T2", 1, 600.0, "2020-01-01"), owner("P2", 3, "Z"),
                lease("P2", 3, "T2", 1, 700.0, "2022-06-01"), lease("P2", 3, "T3", 1, null, "2022-06-01"));
        List<EnterpriseYear> firms = List.of(firm("O", 10, 1000), firm("T1", 5, 400), firm("T2", 2, 300),
                firm("T3", 1, 100), firm("N", 1, 80));
        Map<String, EnterpriseResult> rs = score(scheme, firms, occupancy);
        assertThat(rs.get("O").cohort()).isEqualTo("owners");
        assertThat(rs.get("N").cohort()).isEqualTo("owners");
        assertThat(rs.get("O").ranked()).isEqualTo(2);
        assertThat(rs.get("T1")).extracting(EnterpriseResult::cohort, EnterpriseResult::total)
                .containsExactly("small", 200.0);
        assertThat(rs.get("T2")).extracting(EnterpriseResult::cohort, EnterpriseResult::total)
                .containsExactly("large", 150.0);
        assertThat(rs.get("T3").cohort()).isNull();
        assertThat(rs.get("T3").problems()).extracting(FieldError::messageCode)
                .containsExactly("evaluation.input.noCohort");

        List<EnterpriseYear> asScored = ScoringKernel.compile(scheme).asScored(firms, occupancy);
        assertThat(asScored.get(1).value(InputField.LAND_MU)).isEqualTo(2);
        assertThat(asScored.get(0)).isSameAs(firms.get(0));
    }

    /*
     * 温岭: O (100 points before deductions) leases to three tenants, the first from 2019 (T2), then T1 (2020, two
     * leases on P1 counted once) and T3 (2021 on P2, also O's): −10, −5, −5 = −20 → 80. No cap.
     * T1 is scored on its land share: 300 / 3 (1 + 2 亩) = 100.
     */
    @Test
    void tenantDeductionWenlingTenThenFiveEachWithoutCap() {
        List<ParcelOccupancy> occupancy = List.of(owner("P1", 10, "O"), owner("P2", 5, "O"),
                lease("P1", 10, "T1", 1, null, "2020-05-01"), lease("P1", 10, "T1", 2, null, "2020-07-01"),
                lease("P1", 10, "T2", 1, null, "2019-01-01"), lease("P2", 5, "T3", 1, null, "2021-01-01"));
        List<EnterpriseYear> firms = List.of(firm("O", 10, 1000), firm("T1", 9, 300));
        Map<String, EnterpriseResult> rs = score(scheme(new LeasedPremises(LeasedPremises.Mode.TENANT_DEDUCTION,
                10.0, 5.0, null)), firms, occupancy);
        EnterpriseResult o = rs.get("O");
        assertThat(o.adjustments()).extracting(AppliedAdjustment::kind).containsOnly(
                AppliedAdjustment.Kind.TENANT_DEDUCTION);
        assertThat(o.adjustments()).extracting(AppliedAdjustment::points).containsExactly(-10.0, -5.0, -5.0);
        assertThat(o.adjustments()).extracting(AppliedAdjustment::reason)
                .containsExactly("企业T2 / P1", "企业T1 / P1", "企业T3 / P2");
        assertThat(o.total()).isEqualTo(80);
        assertThat(o.grade()).isEqualTo("B");
        assertThat(rs.get("T1").total()).isEqualTo(100);
        assertThat(rs.get("T1").adjustments()).isEmpty();
    }

    /* Capped at 12: −10 for the first, −2 of the second's 5, nothing for the third: 100 − 12 = 88. */
    @Test
    void tenantDeductionStopsAtTheCap() {
        List<ParcelOccupancy> occupancy = List.of(owner("P1", 10, "O"),
                lease("P1", 10, "T1", 1, null, "2020-01-01"), lease("P1", 10, "T2", 1, null, "2020-02-01"),
                lease("P1", 10, "T3", 1, null, "2020-03-01"));
        Map<String, EnterpriseResult> rs = score(scheme(new LeasedPremises(LeasedPremises.Mode.TENANT_DEDUCTION,
                10.0, 5.0, 12.0)), List.of(firm("O", 10, 1000)), occupancy);
        assertThat(rs.get("O").adjustments()).extracting(AppliedAdjustment::points).containsExactly(-10.0, -2.0);
        assertThat(rs.get("O").total()).isEqualTo(88);
    }

    /* Points adjustments and all three override kinds reach the kernel through flags, together. */
    @Test
    void flagsDriveAdjustmentsCeilingsFloorsAndForcedClasses() {
        Map<String, EnterpriseResult> rs = score(scheme(LeasedPremises.asReported()), List.of(
                firm("bonus", 1, 86, "FUTURE_FACTORY"), firm("capped", 1, 95, "SAFETY_ACCIDENT"),
                firm("floored", 1, 10, "MAJOR_PROJECT"), firm("forced", 1, 95, "UTILITY"),
                firm("both", 1, 99, "SAFETY_ACCIDENT", "MAJOR_PROJECT")), List.of());
        assertThat(rs.get("bonus")).extracting(EnterpriseResult::total, EnterpriseResult::grade)
                .containsExactly(91.0, "A");
        assertThat(rs.get("capped").grade()).isEqualTo("C");
        assertThat(rs.get("floored").grade()).isEqualTo("C");
        assertThat(rs.get("forced")).extracting(EnterpriseResult::grade, EnterpriseResult::rank)
                .containsExactly("T", 0);
        assertThat(rs.get("both").grade()).isEqualTo("C");
        assertThat(rs.get("both").gradeReasons()).extracting(GradeReason::kind)
                .containsExactly(GradeReason.Kind.SCORE_THRESHOLD, GradeReason.Kind.CEILING);
    }

    /* Years operating: min inclusive, max exclusive, unknown years enter neither young nor old. */
    @Test
    void entryRulesOnYearsLesseeAndFloorArea() {
        EntryRule young = new EntryRule(null, null, null, null, null, 2, null, null, null);
        EntryRule old = new EntryRule(null, null, null, null, 2, null, null, null, null);
        assertThat(young.admits(withYears(1))).isTrue();
        assertThat(young.admits(withYears(2))).isFalse();
        assertThat(old.admits(withYears(2))).isTrue();
        assertThat(young.admits(withYears(null))).isFalse();
        assertThat(old.admits(withYears(null))).isFalse();

        EntryRule lessees = new EntryRule(null, null, null, null, null, null, true, 200.0, 500.0);
        EnterpriseYear e = withYears(5);
        assertThat(lessees.admits(e)).as("no parcels: not a lessee").isFalse();
        assertThat(lessees.admits(e, true, 200, true)).isTrue();
        assertThat(lessees.admits(e, true, 500, true)).isFalse();
        assertThat(lessees.admits(e, true, Double.NaN, true)).isFalse();
        EntryRule owners = EntryRule.everyone();
        assertThat(owners.admits(e, true, 300, true)).as("separate list: lessee null is owners only").isFalse();
        assertThat(owners.admits(e, true, 300, false)).as("other modes: lessee null is everyone").isTrue();
        EntryRule notLessees = new EntryRule(null, null, null, null, null, null, false, null, null);
        assertThat(notLessees.admits(e, false, Double.NaN, false)).isTrue();
        assertThat(notLessees.admits(e, true, Double.NaN, false)).isFalse();
    }

    private static EnterpriseYear withYears(Integer years) {
        return new EnterpriseYear("e", null, true, "3411", years, firm("e", 1, 1).values(), Set.of());
    }
}
