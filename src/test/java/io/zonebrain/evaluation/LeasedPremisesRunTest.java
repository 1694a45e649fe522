package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseRegistry;
import io.zonebrain.evaluation.flags.EvaluationFlag;
import io.zonebrain.evaluation.flags.EvaluationFlags;
import io.zonebrain.evaluation.flags.FlagDraft;
import io.zonebrain.evaluation.flags.FlagFilter;
import io.zonebrain.indicators.AnnualFigures;
import io.zonebrain.indicators.AnnualIndicator;
import io.zonebrain.indicators.AnnualSubmission;
import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.indicators.ReportSource;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestJobs;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs over hand-made firms, parcels and flags in data years no other test uses (2002, 2018), with the Linping demo
 * scheme under other leased-premise modes: what the run reads (leases in force, flags, years operating) and what it
 * stores. Above-scale firms on 10 亩 alike but for tax get 46.5 points from the other indicators (see
 * EvaluationRunTest); tax of 30 / 15 万元/亩 earns 80 (capped) / 40.
 */
@ZonebrainTest
class LeasedPremisesRunTest {

    @Autowired TestUsers users;
    @Autowired TestJobs testJobs;
    @Autowired EnterpriseRegistry registry;
    @Autowired AnnualFigures annual;
    @Autowired EvaluationRuns runs;
    @Autowired SchemeCatalogue schemes;
    @Autowired EvaluationFlags flags;
    @Autowired LandFixture land;
    @Autowired JdbcClient jdbc;

    /*
     * 2002, per-tenant deduction 10 / 5. O owns a parcel leased to T2 (2000 – March 2002: in force in 2002, not in
     * the run), T1 (from 2001, 2 亩, its reported 10 亩 aside), T3 (from 2003: not yet) and T4 (ended 2001).
     * O: 126.5 − 10 (T2, the first) − 5 (T1) = 111.5. T1 on 2 亩: tax 50 万元/亩 → 80, value added 300 → 40 (cap),
     * + 1.5 + 15 + 10 = 146.5. A: 126.5 with a safety accident; B: 86.5; D: 1 万元/亩 with a major project; U a
     * utility; Y founded mid-2001, one year old at the end of 2002.
     * Pool (T1, A, O, B; D by the rule; U and Y class T) at 20/45/35: T1 A, A B (ceiling → C), O B, B C; D → C.
     */
    @Test
    void tenantDeductionFlagsAndYearsOperatingReachTheRunAndAPublishedRunNeverChanges() {
        int year = 2002;
        String officer = users.officer();
        String code = scheme(new LeasedPremises(LeasedPremises.Mode.TENANT_DEDUCTION, 10.0, 5.0, null));
        Map<String, Enterprise> f = new java.util.LinkedHashMap<>();
        f.put("O", firm("业主", LocalDate.of(1997, 1, 1), officer, year, "3000000"));
        f.put("T1", firm("承租一", LocalDate.of(1997, 1, 1), officer, year, "1000000"));
        f.put("T2", firm("承租二", LocalDate.of(1997, 1, 1), null, year, null));
        f.put("T3", firm("承租三", LocalDate.of(1997, 1, 1), null, year, null));
        f.put("T4", firm("承租四", LocalDate.of(1997, 1, 1), null, year, null));
        f.put("A", firm("事故", LocalDate.of(1997, 1, 1), officer, year, "3000000"));
        f.put("B", firm("普通", LocalDate.of(1997, 1, 1), officer, year, "1500000"));
        f.put("D", firm("重大项目", LocalDate.of(1997, 1, 1), officer, year, "100000"));
        f.put("U", firm("水务", LocalDate.of(1997, 1, 1), officer, year, "3000000"));
        f.put("Y", firm("新办", LocalDate.of(2001, 6, 1), officer, year, "3000000"));
        long parcel = land.parcel(users.zoneId(), "T06-" + UUID.randomUUID().toString().substring(0, 8), "20",
                f.get("O").id());
        land.lease(parcel, f.get("T1").id(), "2", "1000", "2001-01-01", null);
        land.lease(parcel, f.get("T2").id(), "1", null, "2000-01-01", "2002-03-31");
        land.lease(parcel, f.get("T3").id(), "1", null, "2003-01-01", null);
        land.lease(parcel, f.get("T4").id(), "1", null, "1999-01-01", "2001-12-31");
        EvaluationFlag accident = users.as(officer, () -> flags.add(new FlagDraft(year, f.get("A").id(), null,
                "SAFETY_ACCIDENT", "事故调查报告 2002-01", "安监局通报")));
        users.as(officer, () -> flags.add(new FlagDraft(year, null, f.get("D").uscc(), "MAJOR_PROJECT", null, "重大项目清单")));
        users.as(officer, () -> flags.add(new FlagDraft(year, f.get("U").id(), null, "UTILITY", null, "公用事业")));

        long run = run(officer, code, year);
        Map<Long, RunResultLine> lines = lines(officer, run);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(f.get("O").id())).extracting(l -> l.total().toPlainString(), RunResultLine::grade)
                .containsExactly("111.50", "B");
        assertThat(trace(run, f.get("O"))).contains("\"TENANT_DEDUCTION\"").contains("-10.0").contains("-5.0")
                .doesNotContain(f.get("T3").name()).doesNotContain(f.get("T4").name());
        assertThat(lines.get(f.get("T1").id())).extracting(l -> l.total().toPlainString(), RunResultLine::grade,
                RunResultLine::rank).containsExactly("146.50", "A", 1);
        assertThat(jdbc.sql("select (inputs ->> 'landMu')::numeric from evaluation_result where run_id = :r"
                        + " and enterprise_id = :e").param("r", run).param("e", f.get("T1").id())
                .query(BigDecimal.class).single()).as("the land share it was scored on").isEqualByComparingTo("2");
        assertThat(lines.get(f.get("A").id())).extracting(RunResultLine::rank, RunResultLine::grade)
                .containsExactly(2, "C");
        assertThat(trace(run, f.get("A"))).contains("\"CEILING\"");
        assertThat(lines.get(f.get("B").id()).grade()).isEqualTo("C");
        assertThat(lines.get(f.get("D").id()).grade()).isEqualTo("C");
        assertThat(trace(run, f.get("D"))).contains("\"ABSOLUTE_RULE\"").contains("\"FLOOR\"");
        assertThat(lines.get(f.get("U").id())).extracting(RunResultLine::grade, RunResultLine::rank)
                .containsExactly("T", null);
        assertThat(lines.get(f.get("Y").id()).grade()).isEqualTo("T");
        assertThat(trace(run, f.get("Y"))).contains("投产未满两年");

        // published, then the accident flag is removed: the run stays as it was, the next run reads the change
        users.as(officer, () -> runs.publish(run, "公示"));
        String before = trace(run, f.get("A")) + lines(officer, run).get(f.get("A").id()).grade();
        users.as(officer, () -> {
            flags.remove(accident.id(), "通报撤销");
            return null;
        });
        assertThat(users.as(officer, () -> flags.list(year, new FlagFilter(null, f.get("A").id(), null)))).isEmpty();
        assertThat(trace(run, f.get("A")) + lines(officer, run).get(f.get("A").id()).grade()).isEqualTo(before);
        long rerun = run(officer, code, year);
        assertThat(lines(officer, rerun).get(f.get("A").id()).grade()).isEqualTo("B");
    }

    /*
     * 2018: L owns a 12 亩 parcel and leases 2 亩 of it to T; Z leases on a parcel with no registered owner.
     * INHERIT_LANDLORD: T takes L's total, rank and grade; Z is not graded. MERGE_PARCEL: L and T are one unit on
     * 12 亩 with tax 160 万元 (13.33 万元/亩 → 35.56), value added 1200 万元 (100 万元/亩 → 33.33), 4800 tce (1.5),
     * 60 persons (15), R&D 3% (10) = 95.39, shared by both; Z, on an ownerless parcel alone, is a unit of its own.
     */
    @Test
    void inheritedAndMergedResultsAreStoredForEachOccupant() {
        int year = 2018;
        String officer = users.officer();
        Enterprise l = firm("出租方", LocalDate.of(2012, 1, 1), officer, year, "1500000");
        Enterprise t = firm("承租方", LocalDate.of(2012, 1, 1), officer, year, "100000");
        Enterprise z = firm("无主承租", LocalDate.of(2012, 1, 1), officer, year, "3000000");
        Enterprise m = firm("自有", LocalDate.of(2012, 1, 1), officer, year, "3000000");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long parcel = land.parcel(users.zoneId(), "T07-" + suffix, "12", l.id());
        land.lease(parcel, t.id(), "2", null, "2017-01-01", null);
        long ownerless = land.parcel(users.zoneId(), "T07Z-" + suffix, "5", null);
        land.lease(ownerless, z.id(), "5", null, "2017-01-01", null);

        long inherit = run(officer, scheme(new LeasedPremises(LeasedPremises.Mode.INHERIT_LANDLORD, null, null, null)),
                year);
        Map<Long, RunResultLine> lines = lines(officer, inherit);
        RunResultLine landlord = lines.get(l.id());
        assertThat(lines.get(t.id())).extracting(RunResultLine::total, RunResultLine::rank, RunResultLine::grade)
                .containsExactly(landlord.total(), landlord.rank(), landlord.grade());
        assertThat(trace(inherit, t)).contains("\"INHERITED_FROM_LANDLORD\"").contains(l.name());
        assertThat(lines.get(z.id()).valid()).isFalse();
        assertThat(trace(inherit, z)).contains("leased.noLandlord");

        long merge = run(officer, scheme(new LeasedPremises(LeasedPremises.Mode.MERGE_PARCEL, null, null, null)), year);
        lines = lines(officer, merge);
        assertThat(lines.get(l.id()).total().toPlainString()).isEqualTo("95.39");
        assertThat(lines.get(t.id())).extracting(l2 -> l2.total().toPlainString(), RunResultLine::rank,
                RunResultLine::grade).containsExactly("95.39", lines.get(l.id()).rank(), lines.get(l.id()).grade());
        assertThat(trace(merge, t)).contains("\"MERGED_PARCEL\"").contains("T07-" + suffix);
        assertThat(lines.get(m.id()).total().toPlainString()).isEqualTo("126.50");
    }

    /** A copy of the Linping demo scheme under a unique code with the given leased-premise mode, put in use. */
    private String scheme(LeasedPremises leased) {
        return TestSchemes.linpingCopy(schemes, users, "test-leased", leased);
    }

    /** An above-scale firm founded on the day given, with the year's figures when {@code tax} is given. */
    private Enterprise firm(String name, LocalDate founded, String officer, int year, String tax) {
        EnterpriseDraft d = TestEnterprises.draft("租赁评价测试" + name + UUID.randomUUID().toString().substring(0, 6)
                + "有限公司", null);
        EnterpriseDraft draft = new EnterpriseDraft(d.uscc(), d.name(), d.legalRepresentative(), founded,
                d.registeredCapitalYuan(), d.address(), d.parkCode(), d.gridId(), d.industryCode(), d.clusterCode(),
                true, d.ownLandMu(), d.leasedAreaMu(), d.tags(), d.contacts());
        Enterprise e = users.as(users.admin(), () -> registry.create(draft, "test"));
        if (tax != null) {
            Map<AnnualIndicator, BigDecimal> v = new EnumMap<>(AnnualIndicator.class);
            v.put(AnnualIndicator.LAND_USED, new BigDecimal("10"));
            v.put(AnnualIndicator.TAXES_PAID, new BigDecimal(tax));
            v.put(AnnualIndicator.VALUE_ADDED, new BigDecimal("6000000"));
            v.put(AnnualIndicator.REVENUE, new BigDecimal("10000000"));
            v.put(AnnualIndicator.ENERGY, new BigDecimal("2400"));
            v.put(AnnualIndicator.EMPLOYEES, new BigDecimal("30"));
            v.put(AnnualIndicator.RD_EXPENSE, new BigDecimal("300000"));
            users.as(officer, () -> annual.submit(new AnnualSubmission(e.id(), null, year, v, null, true,
                    MoneyUnit.YUAN, ReportSource.API)));
        }
        return e;
    }

    private long run(String officer, String code, int year) {
        UUID job = users.as(officer, () -> runs.start(code, year));
        return testJobs.resultId(job, Duration.ofSeconds(30));
    }

    private Map<Long, RunResultLine> lines(String officer, long run) {
        List<RunResultLine> all = users.as(officer, () -> runs.results(run, RunFilter.none()));
        return all.stream().collect(Collectors.toMap(RunResultLine::enterpriseId, Function.identity()));
    }

    private String trace(long run, Enterprise e) {
        return jdbc.sql("select trace::text from evaluation_result where run_id = :r and enterprise_id = :e")
                .param("r", run).param("e", e.id()).query(String.class).single();
    }
}
