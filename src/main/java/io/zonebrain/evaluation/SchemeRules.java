package io.zonebrain.evaluation;

import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a scheme before it is stored or scored, reporting every problem at once, each naming its place in the
 * scheme file ({@code cohorts[0].indicators[2].formula}) so an officer can find it. Weights must add up to the
 * cohort's declared total, formulas name only known fields, percentile cut-offs cover exactly 100%, and a fixed
 * benchmark is never zero (a division by it would silently give everyone zero or infinity). Entry ranges (land,
 * years operating, leased floor area) must be ranges, and the leased-premise mode must fit the cohorts: lessee
 * cohorts only where lessees are scored themselves, and a separate list needs a lessee cohort and an owner cohort.
 */
public final class SchemeRules {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final double WEIGHT_TOLERANCE = 1e-6;

    private SchemeRules() {
    }

    public static List<FieldError> check(Scheme s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.code() == null || !CODE.matcher(s.code()).matches()) {
            errors.add(FieldError.of("code", "evaluation.scheme.badCode"));
        }
        if (s.name() == null || s.name().isBlank()) {
            errors.add(FieldError.of("name", "evaluation.scheme.required"));
        }
        if (s.dataYear() == null || s.dataYear() < 2000 || s.dataYear() > 2100) {
            errors.add(FieldError.of("dataYear", "evaluation.scheme.badYear"));
        }
        Set<String> grades = new HashSet<>();
        if (s.grades().isEmpty()) {
            errors.add(FieldError.of("grades", "evaluation.scheme.required"));
        }
        for (int g = 0; g < s.grades().size(); g++) {
            Grade grade = s.grades().get(g);
            if (grade == null || grade.code() == null || grade.code().isBlank() || !grades.add(grade.code())) {
                errors.add(FieldError.of("grades[" + g + "]", "evaluation.scheme.badGrade"));
            }
        }
        Set<String> classes = new HashSet<>(grades);
        s.extraClasses().forEach(c -> classes.add(c.code()));
        if (s.cohorts().isEmpty()) {
            errors.add(FieldError.of("cohorts", "evaluation.scheme.required"));
        }
        Set<String> cohortCodes = new HashSet<>();
        for (int c = 0; c < s.cohorts().size(); c++) {
            checkCohort(s.cohorts().get(c), "cohorts[" + c + "]", grades, cohortCodes, errors);
            checkEntry(s.cohorts().get(c).entry(), "cohorts[" + c + "].entry", s.leasedPremises().mode(), errors);
        }
        checkLeasedPremises(s, errors);
        for (int o = 0; o < s.overrides().size(); o++) {
            GradeOverride override = s.overrides().get(o);
            String at = "overrides[" + o + "]";
            if (override.flag() == null || override.flag().isBlank()) {
                errors.add(FieldError.of(at + ".flag", "evaluation.scheme.required"));
            }
            Set<String> allowed = override.kind() == GradeOverride.Kind.FORCE_CLASS ? classes : grades;
            if (override.kind() == null || !allowed.contains(override.grade())) {
                errors.add(FieldError.of(at + ".grade", "evaluation.scheme.unknownGrade", override.grade()));
            }
        }
        for (int a = 0; a < s.adjustments().size(); a++) {
            PointsAdjustment adjustment = s.adjustments().get(a);
            if (adjustment.flag() == null || adjustment.flag().isBlank()) {
                errors.add(FieldError.of("adjustments[" + a + "].flag", "evaluation.scheme.required"));
            }
        }
        return errors;
    }

    private static void checkEntry(EntryRule entry, String at, LeasedPremises.Mode mode, List<FieldError> errors) {
        range(entry.minLandMu(), entry.maxLandMu(), at + ".minLandMu", at + ".maxLandMu", errors);
        range(entry.minYearsOperating() == null ? null : entry.minYearsOperating().doubleValue(),
                entry.maxYearsOperating() == null ? null : entry.maxYearsOperating().doubleValue(),
                at + ".minYearsOperating", at + ".maxYearsOperating", errors);
        range(entry.minFloorAreaM2(), entry.maxFloorAreaM2(), at + ".minFloorAreaM2", at + ".maxFloorAreaM2", errors);
        boolean floorBounds = entry.minFloorAreaM2() != null || entry.maxFloorAreaM2() != null;
        if (floorBounds && !Boolean.TRUE.equals(entry.lessee())) {
            errors.add(FieldError.of(at + ".lessee", "leased.scheme.floorAreaNeedsLessee"));
        }
        boolean lesseesScored = mode == LeasedPremises.Mode.SEPARATE_LIST
                || mode == LeasedPremises.Mode.TENANT_DEDUCTION;
        if (Boolean.TRUE.equals(entry.lessee()) && !lesseesScored) {
            errors.add(FieldError.of(at + ".lessee", "leased.scheme.lesseeCohortNeedsMode", String.valueOf(mode)));
        }
    }

    /** Both bounds not negative, and min below max when both are set (min inclusive, max exclusive). */
    private static void range(Double min, Double max, String minAt, String maxAt, List<FieldError> errors) {
        if (min != null && !(min >= 0)) {
            errors.add(FieldError.of(minAt, "leased.scheme.notNegative"));
        }
        if (max != null && !(max >= 0)) {
            errors.add(FieldError.of(maxAt, "leased.scheme.notNegative"));
        }
        if (min != null && max != null && !(min < max)) {
            errors.add(FieldError.of(maxAt, "leased.scheme.maxNotAboveMin", plain(max), plain(min)));
        }
    }

    private static void checkLeasedPremises(Scheme s, List<FieldError> errors) {
        LeasedPremises lp = s.leasedPremises();
        if (lp.mode() == LeasedPremises.Mode.TENANT_DEDUCTION) {
            points(lp.firstTenantPoints(), "leasedPremises.firstTenantPoints", true, errors);
            points(lp.furtherTenantPoints(), "leasedPremises.furtherTenantPoints", true, errors);
            points(lp.maxDeduction(), "leasedPremises.maxDeduction", false, errors);
        } else if (lp.firstTenantPoints() != null || lp.furtherTenantPoints() != null || lp.maxDeduction() != null) {
            errors.add(FieldError.of("leasedPremises.mode", "leased.scheme.pointsNeedDeductionMode"));
        }
        if (lp.mode() == LeasedPremises.Mode.SEPARATE_LIST) {
            boolean lessees = s.cohorts().stream().anyMatch(c -> Boolean.TRUE.equals(c.entry().lessee()));
            boolean owners = s.cohorts().stream().anyMatch(c -> !Boolean.TRUE.equals(c.entry().lessee()));
            if (!lessees) {
                errors.add(FieldError.of("leasedPremises.mode", "leased.scheme.separateListNeedsLesseeCohort"));
            }
            if (!owners) {
                errors.add(FieldError.of("leasedPremises.mode", "leased.scheme.separateListNeedsOwnerCohort"));
            }
        }
    }

    private static void points(Double value, String at, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(FieldError.of(at, "evaluation.scheme.required"));
            }
        } else if (!(value >= 0) || value.isInfinite()) {
            errors.add(FieldError.of(at, "leased.scheme.notNegative"));
        }
    }

    private static void checkCohort(Cohort cohort, String at, Set<String> grades, Set<String> cohortCodes,
                                    List<FieldError> errors) {
        if (cohort.code() == null || cohort.code().isBlank() || !cohortCodes.add(cohort.code())) {
            errors.add(FieldError.of(at + ".code", "evaluation.scheme.duplicateOrMissingCode"));
        }
        if (cohort.indicators().isEmpty()) {
            errors.add(FieldError.of(at + ".indicators", "evaluation.scheme.required"));
        }
        Set<String> indicatorCodes = new HashSet<>();
        double weights = 0;
        for (int i = 0; i < cohort.indicators().size(); i++) {
            Indicator ind = cohort.indicators().get(i);
            weights += ind.weight();
            checkIndicator(ind, at + ".indicators[" + i + "]", indicatorCodes, errors);
        }
        if (cohort.totalWeight() != null && Math.abs(weights - cohort.totalWeight()) > WEIGHT_TOLERANCE) {
            errors.add(FieldError.of(at + ".totalWeight", "evaluation.scheme.weightsDoNotSum",
                    plain(weights), plain(cohort.totalWeight())));
        }
        for (int r = 0; r < cohort.absoluteRules().size(); r++) {
            AbsoluteRule rule = cohort.absoluteRules().get(r);
            String ruleAt = at + ".absoluteRules[" + r + "]";
            if (!indicatorCodes.contains(rule.indicator())) {
                errors.add(FieldError.of(ruleAt + ".indicator", "evaluation.scheme.unknownIndicator", rule.indicator()));
            }
            if (!grades.contains(rule.grade())) {
                errors.add(FieldError.of(ruleAt + ".grade", "evaluation.scheme.unknownGrade", rule.grade()));
            }
            if (rule.below() == null && rule.atLeast() == null) {
                errors.add(FieldError.of(ruleAt + ".below", "evaluation.scheme.required"));
            }
        }
        checkGrading(cohort.grading(), at + ".grading", grades, errors);
    }

    private static void checkIndicator(Indicator ind, String at, Set<String> codes, List<FieldError> errors) {
        if (ind.code() == null || ind.code().isBlank() || !codes.add(ind.code())) {
            errors.add(FieldError.of(at + ".code", "evaluation.scheme.duplicateOrMissingCode"));
        }
        if (ind.name() == null || ind.name().isBlank()) {
            errors.add(FieldError.of(at + ".name", "evaluation.scheme.required"));
        }
        try {
            Formula.parse(ind.formula());
        } catch (FormulaException e) {
            errors.add(FieldError.of(at + ".formula", e.messageCode(), e.position() + 1, e.token()));
        }
        if (!(ind.weight() > 0)) {
            errors.add(FieldError.of(at + ".weight", "evaluation.scheme.positive"));
        }
        if (!(ind.scale() > 0)) {
            errors.add(FieldError.of(at + ".scale", "evaluation.scheme.positive"));
        }
        Scoring scoring = ind.scoring();
        if (scoring.method() == null) {
            errors.add(FieldError.of(at + ".scoring.method", "evaluation.scheme.required"));
        } else if (scoring.needsBenchmark()) {
            checkBenchmark(ind.benchmark(), at + ".benchmark", errors);
        } else if (scoring.method() == Scoring.Method.MIN_MAX) {
            double lo = scoring.minPercent() == null ? 0 : scoring.minPercent();
            double hi = scoring.maxPercent() == null ? 100 : scoring.maxPercent();
            if (lo < 0 || hi > 100 || lo > hi) {
                errors.add(FieldError.of(at + ".scoring.minPercent", "evaluation.scheme.badPercentRange"));
            }
        } else if (scoring.bands().isEmpty()) {
            errors.add(FieldError.of(at + ".scoring.bands", "evaluation.scheme.required"));
        }
        if (ind.cap() != null && ind.floor() != null && ind.cap() < ind.floor()) {
            errors.add(FieldError.of(at + ".cap", "evaluation.scheme.capBelowFloor"));
        }
        checkDataRule(ind.whenMissing(), at + ".whenMissing", false, errors);
        checkDataRule(ind.whenZeroDenominator(), at + ".whenZeroDenominator", false, errors);
        checkDataRule(ind.whenNegative(), at + ".whenNegative", true, errors);
    }

    private static void checkBenchmark(Benchmark b, String at, List<FieldError> errors) {
        if (b == null || b.kind() == null) {
            errors.add(FieldError.of(at, "evaluation.scheme.required"));
            return;
        }
        if (b.kind() == Benchmark.Kind.FIXED && (b.value() == null || !(b.value() > 0))) {
            errors.add(FieldError.of(at + ".value", "evaluation.scheme.benchmarkNotPositive"));
        }
        if (!(b.k() > 0)) {
            errors.add(FieldError.of(at + ".factor", "evaluation.scheme.positive"));
        }
    }

    private static void checkDataRule(DataRule rule, String at, boolean negative, List<FieldError> errors) {
        if (rule.rule() == null || (!negative && rule.rule() == DataRule.Kind.AS_COMPUTED)) {
            errors.add(FieldError.of(at, "evaluation.scheme.badDataRule"));
        } else if (rule.rule() == DataRule.Kind.FIXED_PENALTY && (rule.points() == null || rule.points() < 0)) {
            errors.add(FieldError.of(at + ".points", "evaluation.scheme.positive"));
        }
    }

    private static void checkGrading(GradingRule grading, String at, Set<String> grades, List<FieldError> errors) {
        if (grading == null || grading.method() == null) {
            errors.add(FieldError.of(at, "evaluation.scheme.required"));
            return;
        }
        if (grading.cutoffs().isEmpty()) {
            errors.add(FieldError.of(at + ".cutoffs", "evaluation.scheme.required"));
            return;
        }
        for (int c = 0; c < grading.cutoffs().size(); c++) {
            GradingRule.Cut cut = grading.cutoffs().get(c);
            if (!grades.contains(cut.grade())) {
                errors.add(FieldError.of(at + ".cutoffs[" + c + "].grade", "evaluation.scheme.unknownGrade",
                        cut.grade()));
            }
        }
        if (grading.method() == GradingRule.Method.PERCENTILE) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int c = 0; c < grading.cutoffs().size(); c++) {
                Double percent = grading.cutoffs().get(c).percent();
                if (percent == null || percent < 0) {
                    errors.add(FieldError.of(at + ".cutoffs[" + c + "].percent", "evaluation.scheme.positive"));
                } else {
                    sum = sum.add(BigDecimal.valueOf(percent));
                }
            }
            if (sum.compareTo(HUNDRED) != 0) {
                errors.add(FieldError.of(at + ".cutoffs", "evaluation.scheme.cutoffsNot100",
                        sum.stripTrailingZeros().toPlainString()));
            }
        } else {
            List<GradingRule.Cut> cuts = grading.cutoffs();
            for (int c = 0; c < cuts.size() - 1; c++) {
                Double min = cuts.get(c).minScore();
                Double next = cuts.get(c + 1).minScore();
                if (min == null || (next != null && next >= min)) {
                    errors.add(FieldError.of(at + ".cutoffs[" + c + "].minScore",
                            "evaluation.scheme.thresholdsNotDescending"));
                }
            }
            if (cuts.get(cuts.size() - 1).minScore() != null) {
                errors.add(FieldError.of(at + ".cutoffs[" + (cuts.size() - 1) + "].minScore",
                        "evaluation.scheme.lastThresholdOpen"));
            }
        }
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
