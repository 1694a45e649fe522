package io.zonebrain.evaluation.policies;

import io.zonebrain.evaluation.EvaluationRun;
import io.zonebrain.evaluation.internal.RunStore;
import io.zonebrain.platform.DemoZoneCreated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo zone's measures by grade (the published examples: 山东's D-class electricity surcharge by consecutive
 * years, land deposits 20/30/40% for A/B/C, A/B first for subsidies and none for D) and remediation cases for the
 * D class of its published 2022 run, some of them already closed so the tally (lifted, exited, land freed) has
 * something to show. Which cases closed follows the seed, so the numbers are the demo's own, not the seeds'.
 * After the demo run (order 300).
 */
@Component
class DemoPolicies {

    static final LocalDate FROM = LocalDate.of(2023, 1, 1);

    private final PolicyMeasures measures;
    private final Remediation remediation;
    private final RemediationStore cases;
    private final RunStore runs;
    private final JdbcClient jdbc;

    DemoPolicies(PolicyMeasures measures, Remediation remediation, RemediationStore cases, RunStore runs,
                 JdbcClient jdbc) {
        this.measures = measures;
        this.remediation = remediation;
        this.cases = cases;
        this.runs = runs;
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(400)
    @Transactional
    void on(DemoZoneCreated event) {
        long zone = event.zoneId();
        for (PolicyDraft d : demoMeasures()) {
            measures.seed(zone, d);
        }
        runs.list(zone).stream()
                .filter(r -> r.schemeCode().equals("linping-demo-2022") && r.dataYear() == 2022 && !r.draft())
                .findFirst().ifPresent(run -> closeSome(zone, run, new Random(event.seed())));
    }

    static List<PolicyDraft> demoMeasures() {
        var e = PolicyMeasure.Resource.ELECTRICITY;
        return List.of(
                surcharge("D", e, 1, "0.05", "D 类企业差别电价：连续 1 年 +0.05 元/千瓦时"),
                surcharge("D", e, 2, "0.10", "D 类企业差别电价：连续 2 年 +0.10 元/千瓦时"),
                surcharge("D", e, 3, "0.15", "D 类企业差别电价：连续 3 年及以上 +0.15 元/千瓦时"),
                deposit("A", "20"), deposit("B", "30"), deposit("C", "40"),
                subsidy("A", true, 1), subsidy("B", true, 1), subsidy("C", true, 2), subsidy("D", false, null));
    }

    private static PolicyDraft surcharge(String grade, PolicyMeasure.Resource r, int years, String amount,
                                         String text) {
        return new PolicyDraft(grade, PolicyMeasure.Kind.PRICE_SURCHARGE, r, years, new BigDecimal(amount), null,
                null, FROM, null, text);
    }

    private static PolicyDraft deposit(String grade, String percent) {
        return new PolicyDraft(grade, PolicyMeasure.Kind.LAND_DEPOSIT, null, null, new BigDecimal(percent), null,
                null, FROM, null, grade + " 类企业参与土地竞买保证金比例 " + percent + "%");
    }

    private static PolicyDraft subsidy(String grade, boolean eligible, Integer priority) {
        return new PolicyDraft(grade, PolicyMeasure.Kind.SUBSIDY, null, null, null, eligible, priority, FROM, null,
                eligible ? grade + " 类企业财政奖补优先级 " + priority : grade + " 类企业不享受财政奖补");
    }

    /**
     * Opens the run's cases, then works them as a year of remediation would: about four in ten lifted by technical
     * upgrading (some renewing part of their land), about one in ten exited with all their land freed, the rest
     * open with an owner and a deadline.
     */
    private void closeSome(long zone, EvaluationRun run, Random random) {
        remediation.open(zone, run, "demo");
        for (long id : cases.idsOfRun(zone, run.id())) {
            double roll = random.nextDouble();
            BigDecimal land = jdbc.sql("select land_mu from evaluation_remediation where id = :id").param("id", id)
                    .query(BigDecimal.class).optional().orElse(null);
            LocalDate deadline = LocalDate.of(2024, 6, 30).plusMonths(random.nextInt(18));
            if (roll < 0.4) {
                boolean renewal = random.nextBoolean() && land != null;
                List<RemediationCase.Measure> m = renewal
                        ? List.of(RemediationCase.Measure.TECH_UPGRADE, RemediationCase.Measure.LAND_RENEWAL)
                        : List.of(RemediationCase.Measure.TECH_UPGRADE);
                cases.update(id, 0, m, "officer", deadline);
                cases.addNote(id, "完成技术改造，亩均税收回升至 2 万元/亩以上", "system");
                cases.close(id, 1, RemediationCase.Status.LIFTED, renewal
                        ? land.multiply(BigDecimal.valueOf(0.1 + 0.3 * random.nextDouble()))
                                .setScale(2, RoundingMode.HALF_UP) : null, "system");
            } else if (roll < 0.5) {
                cases.update(id, 0, List.of(RemediationCase.Measure.EXIT), "officer", deadline);
                cases.addNote(id, "企业关停退出，土地收回", "system");
                cases.close(id, 1, RemediationCase.Status.EXITED, land, "system");
            } else {
                cases.update(id, 0, List.of(random.nextBoolean() ? RemediationCase.Measure.TECH_UPGRADE
                        : RemediationCase.Measure.MERGER), "officer", deadline);
            }
        }
    }
}
