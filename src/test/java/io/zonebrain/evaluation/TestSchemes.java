package io.zonebrain.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/** Schemes and enterprises small enough to compute by hand. */
public final class TestSchemes {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<Grade> ABCD = List.of(new Grade("A", "A"), new Grade("B", "B"), new Grade("C", "C"),
            new Grade("D", "D"));

    private TestSchemes() {
    }

    /**
     * A copy of the shipped Linping demo scheme under a unique code, put in use: its runs, publications and final
     * versions stand apart from every other test's (one version of a scheme and year stands at a time).
     */
    public static String linpingCopy(SchemeCatalogue schemes, io.zonebrain.support.TestUsers users, String prefix,
                                     LeasedPremises leased) {
        Scheme base = shipped("linping-demo-2022");
        String code = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Scheme s = new Scheme(code, 1, base.name(), base.owner(), base.documentNumber(), base.dataYear(),
                base.grades(), base.extraClasses(), base.cohorts(), base.adjustments(), base.overrides(), base.notes(),
                leased == null ? base.leasedPremises() : leased);
        return users.as(users.admin(), () -> {
            StoredScheme saved = schemes.save(s, "test");
            schemes.putInUse(code, saved.version(), "test");
            return code;
        });
    }

    static Scheme shipped(String code) {
        try (InputStream in = TestSchemes.class.getResourceAsStream("/evaluation/schemes/" + code + ".json")) {
            return JSON.readValue(in, Scheme.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One indicator "perMu" = taxYuan / landMu, weight 100, fixed benchmark 100: the points equal the value. */
    static Indicator perMu(DataRule missing, DataRule zero, DataRule negative) {
        return new Indicator("perMu", "亩均税收", "taxYuan / landMu", "元/亩", 1.0, 100, Scoring.ratio(),
                Benchmark.fixed(100), null, null, missing, zero, negative);
    }

    static Indicator perMu() {
        return perMu(null, null, null);
    }

    static Scheme scheme(List<Indicator> indicators, GradingRule grading, List<AbsoluteRule> absolute,
                         List<GradeOverride> overrides, List<PointsAdjustment> adjustments) {
        double total = indicators.stream().mapToDouble(Indicator::weight).sum();
        Cohort cohort = new Cohort("all", "全部", EntryRule.everyone(), total, indicators, absolute, grading);
        return new Scheme("test-scheme", 1, "测试方案", "测试", "无", 2022, ABCD, List.of(new Grade("T", "T")),
                List.of(cohort), adjustments, overrides, null);
    }

    static Scheme percentile(double... percents) {
        return scheme(List.of(perMu()), percentileRule(percents), List.of(), List.of(), List.of());
    }

    static GradingRule percentileRule(double... percents) {
        List<GradingRule.Cut> cuts = new java.util.ArrayList<>();
        for (int i = 0; i < percents.length; i++) {
            cuts.add(new GradingRule.Cut(ABCD.get(i).code(), percents[i], null));
        }
        return new GradingRule(GradingRule.Method.PERCENTILE, cuts);
    }

    /** An enterprise on 1 mu paying {@code tax} yuan: under {@link #perMu()} it scores {@code tax} points. */
    static EnterpriseYear firm(String id, double tax, String... flags) {
        double[] v = InputField.noValues();
        v[InputField.LAND_MU.ordinal()] = 1;
        v[InputField.TAX_YUAN.ordinal()] = tax;
        return new EnterpriseYear(id, null, true, "3411", 10, v, Set.of(flags));
    }

    static EnterpriseYear firm(String id, double[] values, boolean aboveScale) {
        return new EnterpriseYear(id, null, aboveScale, "3411", 10, values, Set.of());
    }
}
