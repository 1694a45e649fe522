package io.zonebrain.evaluation;

import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring kernel: one scheme version, compiled once, scores a list of enterprise-years. Pure Java, no database,
 * arrays per cohort and indicator, so a province (a million enterprise-years) is scored in memory in one pass.
 * <p>Order of work per cohort: values → benchmarks (fixed or from the cohort's scored values) → points, cap, floor,
 * rounded to 0.01 → data rules for values that could not be scored (cohort average, penalty, zero, exclude, reject)
 * → adjustments → total → forced classes → rank → absolute rules → percentile or threshold grades → ceilings and
 * floors. Validate the scheme with {@link SchemeRules} first; {@link #compile} assumes a valid one.
 * <p>Leased premises: given the year's {@link ParcelOccupancy}, the scheme's {@link LeasedPremises} mode decides
 * what is scored (see {@link LeasedPremisesPlan}); without occupancy every mode scores as AS_REPORTED does.
 */
public final class ScoringKernel {

    /** FULL ranks and grades a whole cohort; SINGLE scores one enterprise alone (what-if, checking by hand). */
    public enum Mode { FULL, SINGLE }

    private final Scheme scheme;
    private final List<CompiledCohort> cohorts;
    private final Map<String, Integer> gradeOrder = new HashMap<>();

    private ScoringKernel(Scheme scheme) {
        this.scheme = scheme;
        for (int i = 0; i < scheme.grades().size(); i++) {
            gradeOrder.put(scheme.grades().get(i).code(), i);
        }
        this.cohorts = scheme.cohorts().stream().map(CompiledCohort::new).toList();
    }

    public static ScoringKernel compile(Scheme scheme) {
        return new ScoringKernel(scheme);
    }

    public Scheme scheme() {
        return scheme;
    }

    /** Scores enterprises on what they report, as AS_REPORTED does: for callers that know no parcels. */
    public List<EnterpriseResult> score(List<EnterpriseYear> enterprises, Mode mode) {
        return scoreSubjects(enterprises, null, mode);
    }

    /**
     * Scores enterprises with the year's occupancy of land parcels, as the scheme's leased-premise mode says. The
     * results are in the order of {@code enterprises}, one each, under each enterprise's own id.
     */
    public List<EnterpriseResult> score(List<EnterpriseYear> enterprises, List<ParcelOccupancy> occupancy,
                                        Mode mode) {
        if (occupancy == null || occupancy.isEmpty()
                || scheme.leasedPremises().mode() == LeasedPremises.Mode.AS_REPORTED) {
            return scoreSubjects(enterprises, null, mode);
        }
        LeasedPremisesPlan plan = LeasedPremisesPlan.of(scheme.leasedPremises(), enterprises, occupancy);
        return plan.distribute(scoreSubjects(plan.subjects, plan, mode), this::withOwnOverrides);
    }

    /**
     * The enterprise-years with the land each is scored on under this scheme's mode: a lessee's land share of its
     * leases in force under SEPARATE_LIST and TENANT_DEDUCTION, otherwise unchanged. A run stores these as the
     * inputs used, so a result can be recomputed by hand from what is stored.
     */
    public List<EnterpriseYear> asScored(List<EnterpriseYear> enterprises, List<ParcelOccupancy> occupancy) {
        return LeasedPremisesPlan.asScored(scheme.leasedPremises(), enterprises,
                occupancy == null ? List.of() : occupancy);
    }

    private List<EnterpriseResult> scoreSubjects(List<EnterpriseYear> enterprises, LeasedPremisesPlan plan,
                                                 Mode mode) {
        EnterpriseResult[] results = new EnterpriseResult[enterprises.size()];
        int[][] members = new int[cohorts.size()][];
        int[] counts = new int[cohorts.size()];
        int[] cohortOf = new int[enterprises.size()];
        for (int i = 0; i < enterprises.size(); i++) {
            EnterpriseYear e = enterprises.get(i);
            int c = plan == null ? cohortFor(e, false, Double.NaN)
                    : cohortFor(e, plan.lessee[i], plan.floorAreaM2[i]);
            cohortOf[i] = c;
            if (c < 0) {
                results[i] = noCohort(e);
            } else {
                counts[c]++;
            }
        }
        for (int c = 0; c < cohorts.size(); c++) {
            members[c] = new int[counts[c]];
            counts[c] = 0;
        }
        for (int i = 0; i < cohortOf.length; i++) {
            if (cohortOf[i] >= 0) {
                members[cohortOf[i]][counts[cohortOf[i]]++] = i;
            }
        }
        for (int c = 0; c < cohorts.size(); c++) {
            cohorts.get(c).score(enterprises, members[c], results, mode, plan);
        }
        return Arrays.asList(results);
    }

    private int cohortFor(EnterpriseYear e, boolean lessee, double floorAreaM2) {
        boolean separate = scheme.leasedPremises().mode() == LeasedPremises.Mode.SEPARATE_LIST;
        for (int c = 0; c < cohorts.size(); c++) {
            Cohort cohort = cohorts.get(c).cohort;
            if (e.cohort() != null ? cohort.code().equals(e.cohort())
                    : cohort.entry().admits(e, lessee, floorAreaM2, separate)) {
                return c;
            }
        }
        return -1;
    }

    private EnterpriseResult noCohort(EnterpriseYear e) {
        FieldError problem = e.cohort() != null
                ? FieldError.of("cohort", "evaluation.input.unknownCohort", e.cohort())
                : FieldError.of("cohort", "evaluation.input.noCohort");
        return new EnterpriseResult(e.enterpriseId(), null, List.of(), List.of(), 0, 0, 0, null,
                List.of(new GradeReason(GradeReason.Kind.NOT_GRADED, null, null)), List.of(problem));
    }

    /**
     * An inherited or shared result with the enterprise's own forced class, ceilings and floors applied, in the
     * scheme's order: the flags of a lessee or a merged occupant still count for its own grade.
     */
    EnterpriseResult withOwnOverrides(EnterpriseResult r, Set<String> flags) {
        if (r.grade() == null || flags.isEmpty()) {
            return r;
        }
        List<GradeReason> reasons = new ArrayList<>(r.gradeReasons());
        for (GradeOverride o : scheme.overrides()) {
            if (o.kind() == GradeOverride.Kind.FORCE_CLASS && flags.contains(o.flag())) {
                reasons.add(new GradeReason(GradeReason.Kind.FORCED_CLASS, o.grade(), o.reason()));
                return new EnterpriseResult(r.enterpriseId(), r.cohort(), r.indicators(), r.adjustments(), r.total(),
                        0, 0, o.grade(), reasons, r.problems());
            }
        }
        String grade = r.grade();
        for (GradeOverride o : scheme.overrides()) {
            String limited = o.kind() == GradeOverride.Kind.FORCE_CLASS || !flags.contains(o.flag()) ? null
                    : limited(o, grade);
            if (limited != null) {
                grade = limited;
                reasons.add(reasonFor(o));
            }
        }
        return grade.equals(r.grade()) ? r : new EnterpriseResult(r.enterpriseId(), r.cohort(), r.indicators(),
                r.adjustments(), r.total(), r.rank(), r.ranked(), grade, reasons, r.problems());
    }

    /** The grade a ceiling or floor sets, or null when the grade is already within it (or is an extra class). */
    private String limited(GradeOverride o, String grade) {
        Integer current = grade == null ? null : gradeOrder.get(grade);
        Integer limit = gradeOrder.get(o.grade());
        if (current == null || limit == null) {
            return null;
        }
        boolean applies = o.kind() == GradeOverride.Kind.CEILING ? current < limit : current > limit;
        return applies ? o.grade() : null;
    }

    private static GradeReason reasonFor(GradeOverride o) {
        return new GradeReason(o.kind() == GradeOverride.Kind.CEILING ? GradeReason.Kind.CEILING
                : GradeReason.Kind.FLOOR, o.grade(), o.reason());
    }

    static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    /** A cohort with its formulas parsed and its indicators' rules at hand. */
    private final class CompiledCohort {
        final Cohort cohort;
        final Indicator[] indicators;
        final Formula[] formulas;
        final double totalWeight;

        CompiledCohort(Cohort cohort) {
            this.cohort = cohort;
            this.indicators = cohort.indicators().toArray(Indicator[]::new);
            this.formulas = Arrays.stream(indicators).map(i -> Formula.parse(i.formula())).toArray(Formula[]::new);
            this.totalWeight = cohort.totalWeight() != null ? cohort.totalWeight()
                    : Arrays.stream(indicators).mapToDouble(Indicator::weight).sum();
        }

        void score(List<EnterpriseYear> all, int[] members, EnterpriseResult[] results, Mode mode,
                   LeasedPremisesPlan plan) {
            int n = members.length;
            int k = indicators.length;
            double[][] value = new double[k][n];
            IndicatorScore.Outcome[][] outcome = new IndicatorScore.Outcome[k][n];
            double[][] raw = new double[k][n];
            double[][] points = new double[k][n];
            double[] benchmark = new double[k];
            double[] low = new double[k];
            double[] high = new double[k];
            double[] average = new double[k];

            for (int j = 0; j < k; j++) {
                Indicator ind = indicators[j];
                Formula f = formulas[j];
                for (int m = 0; m < n; m++) {
                    double[] v = all.get(members[m]).values();
                    outcome[j][m] = IndicatorScore.Outcome.SCORED;
                    if (f.missesAny(v)) {
                        outcome[j][m] = IndicatorScore.Outcome.MISSING;
                        value[j][m] = Double.NaN;
                        continue;
                    }
                    double x = f.evaluate(v);
                    if (Double.isNaN(x) || Double.isInfinite(x)) {
                        outcome[j][m] = IndicatorScore.Outcome.ZERO_DENOMINATOR;
                        value[j][m] = Double.NaN;
                        continue;
                    }
                    x *= ind.scale();
                    value[j][m] = x;
                    if (x < 0 && ind.whenNegative().rule() != DataRule.Kind.AS_COMPUTED) {
                        outcome[j][m] = IndicatorScore.Outcome.NEGATIVE;
                    }
                }
                benchmark[j] = benchmarkOf(ind, value[j], outcome[j]);
                low[j] = Double.POSITIVE_INFINITY;
                high[j] = Double.NEGATIVE_INFINITY;
                for (int m = 0; m < n; m++) {
                    if (outcome[j][m] == IndicatorScore.Outcome.SCORED) {
                        low[j] = Math.min(low[j], value[j][m]);
                        high[j] = Math.max(high[j], value[j][m]);
                    }
                }
                double sum = 0;
                int scored = 0;
                for (int m = 0; m < n; m++) {
                    if (outcome[j][m] == IndicatorScore.Outcome.SCORED) {
                        raw[j][m] = pointsFor(ind, value[j][m], benchmark[j], low[j], high[j]);
                        double p = raw[j][m];
                        if (ind.cap() != null) {
                            p = Math.min(p, ind.cap());
                        }
                        if (ind.floor() != null) {
                            p = Math.max(p, ind.floor());
                        }
                        points[j][m] = round2(p);
                        sum += points[j][m];
                        scored++;
                    }
                }
                average[j] = scored == 0 ? 0 : round2(sum / scored);
            }

            // per enterprise: data rules, adjustments, total
            double[] total = new double[n];
            boolean[] rejected = new boolean[n];
            List<List<IndicatorScore>> lines = new ArrayList<>(n);
            List<List<AppliedAdjustment>> adjustments = new ArrayList<>(n);
            List<List<FieldError>> problems = new ArrayList<>(n);
            for (int m = 0; m < n; m++) {
                EnterpriseYear e = all.get(members[m]);
                List<IndicatorScore> line = new ArrayList<>(k);
                List<AppliedAdjustment> adj = new ArrayList<>(0);
                List<FieldError> probs = List.of();
                double subtotal = 0;
                double excludedWeight = 0;
                for (int j = 0; j < k; j++) {
                    Indicator ind = indicators[j];
                    IndicatorScore.Outcome o = outcome[j][m];
                    double p = points[j][m];
                    DataRule.Kind applied = null;
                    List<InputField> problemFields = List.of();
                    if (o != IndicatorScore.Outcome.SCORED) {
                        DataRule rule = switch (o) {
                            case MISSING -> ind.whenMissing();
                            case ZERO_DENOMINATOR -> ind.whenZeroDenominator();
                            default -> ind.whenNegative();
                        };
                        applied = rule.rule();
                        problemFields = problemFields(formulas[j], e, o);
                        p = 0;
                        switch (applied) {
                            case COHORT_AVERAGE_SCORE -> p = average[j];
                            case FIXED_PENALTY -> adj.add(new AppliedAdjustment(
                                    AppliedAdjustment.Kind.MISSING_DATA_PENALTY, ind.code(), null, -rule.penalty(),
                                    ind.name()));
                            case EXCLUDE -> excludedWeight += ind.weight();
                            case REJECT -> {
                                if (probs.isEmpty()) {
                                    probs = new ArrayList<>(2);
                                }
                                probs.add(rejection(ind, o, problemFields));
                            }
                            default -> {
                            }
                        }
                    }
                    subtotal += p;
                    line.add(new IndicatorScore(ind.code(), ind.name(), ind.unit(), ind.scoring().method(),
                            ind.weight(), value[j][m], benchmark[j], low[j], high[j], raw[j][m], p, o, applied,
                            problemFields));
                }
                if (excludedWeight > 0 && excludedWeight < totalWeight) {
                    double scaled = round2(subtotal * totalWeight / (totalWeight - excludedWeight));
                    adj.add(new AppliedAdjustment(AppliedAdjustment.Kind.EXCLUDED_INDICATOR_REWEIGHT, null, null,
                            round2(scaled - subtotal), null));
                }
                for (PointsAdjustment pa : scheme.adjustments()) {
                    if (e.flags().contains(pa.flag())) {
                        adj.add(new AppliedAdjustment(AppliedAdjustment.Kind.FLAG, null, pa.flag(), pa.points(),
                                pa.reason()));
                    }
                }
                if (plan != null && plan.extraAdjustments[members[m]] != null) {
                    adj.addAll(plan.extraAdjustments[members[m]]);
                }
                double t = subtotal;
                for (AppliedAdjustment a : adj) {
                    t += a.points();
                }
                total[m] = round2(t);
                rejected[m] = !probs.isEmpty();
                lines.add(line);
                adjustments.add(adj);
                problems.add(probs);
            }

            String[] grade = new String[n];
            List<List<GradeReason>> reasons = new ArrayList<>(n);
            for (int m = 0; m < n; m++) {
                reasons.add(new ArrayList<>(1));
            }
            boolean[] ranked = new boolean[n];
            int rankedCount = 0;
            for (int m = 0; m < n; m++) {
                if (rejected[m]) {
                    reasons.get(m).add(new GradeReason(GradeReason.Kind.NOT_GRADED, null, null));
                    continue;
                }
                GradeOverride forced = forcedClass(all.get(members[m]));
                if (forced != null) {
                    grade[m] = forced.grade();
                    reasons.get(m).add(new GradeReason(GradeReason.Kind.FORCED_CLASS, forced.grade(), forced.reason()));
                    continue;
                }
                ranked[m] = true;
                rankedCount++;
            }
            int[] rank = ranks(total, ranked, n);

            // absolute rules take their enterprises out of the percentile denominator
            boolean[] pool = ranked.clone();
            for (int m = 0; m < n; m++) {
                if (!ranked[m]) {
                    continue;
                }
                for (AbsoluteRule rule : cohort.absoluteRules()) {
                    int j = indexOf(rule.indicator());
                    if (j >= 0 && outcome[j][m] == IndicatorScore.Outcome.SCORED && rule.catches(value[j][m])) {
                        grade[m] = rule.grade();
                        reasons.get(m).add(new GradeReason(GradeReason.Kind.ABSOLUTE_RULE, rule.grade(), rule.reason()));
                        pool[m] = false;
                        break;
                    }
                }
            }
            grade(total, pool, grade, reasons, mode);
            applyCeilingsAndFloors(all, members, grade, reasons);

            for (int m = 0; m < n; m++) {
                EnterpriseYear e = all.get(members[m]);
                results[members[m]] = new EnterpriseResult(e.enterpriseId(), cohort.code(), lines.get(m),
                        adjustments.get(m), total[m], ranked[m] ? rank[m] : 0, ranked[m] ? rankedCount : 0, grade[m],
                        reasons.get(m), problems.get(m));
            }
        }

        private int indexOf(String indicatorCode) {
            for (int j = 0; j < indicators.length; j++) {
                if (indicators[j].code().equals(indicatorCode)) {
                    return j;
                }
            }
            return -1;
        }

        private GradeOverride forcedClass(EnterpriseYear e) {
            for (GradeOverride o : scheme.overrides()) {
                if (o.kind() == GradeOverride.Kind.FORCE_CLASS && e.flags().contains(o.flag())) {
                    return o;
                }
            }
            return null;
        }

        private void grade(double[] total, boolean[] pool, String[] grade, List<List<GradeReason>> reasons, Mode mode) {
            GradingRule rule = cohort.grading();
            int n = total.length;
            if (rule == null) {
                return;
            }
            if (rule.method() == GradingRule.Method.SCORE_THRESHOLDS) {
                for (int m = 0; m < n; m++) {
                    if (!pool[m]) {
                        continue;
                    }
                    for (GradingRule.Cut cut : rule.cutoffs()) {
                        if (cut.minScore() == null || total[m] >= cut.minScore()) {
                            grade[m] = cut.grade();
                            reasons.get(m).add(new GradeReason(GradeReason.Kind.SCORE_THRESHOLD, cut.grade(),
                                    cut.minScore() == null ? null : BigDecimal.valueOf(cut.minScore())
                                            .stripTrailingZeros().toPlainString()));
                            break;
                        }
                    }
                }
                return;
            }
            if (mode == Mode.SINGLE) {
                for (int m = 0; m < n; m++) {
                    if (pool[m]) {
                        reasons.get(m).add(new GradeReason(GradeReason.Kind.NEEDS_COHORT, null, null));
                    }
                }
                return;
            }
            int poolSize = 0;
            for (boolean b : pool) {
                if (b) {
                    poolSize++;
                }
            }
            int[] boundary = percentileBoundaries(rule.cutoffs(), poolSize);
            int[] poolRank = ranks(total, pool, n);
            for (int m = 0; m < n; m++) {
                if (!pool[m]) {
                    continue;
                }
                int g = 0;
                while (g < boundary.length - 1 && poolRank[m] > boundary[g]) {
                    g++;
                }
                grade[m] = rule.cutoffs().get(g).grade();
                reasons.get(m).add(new GradeReason(GradeReason.Kind.PERCENTILE, grade[m],
                        poolRank[m] + "/" + poolSize));
            }
        }

        private void applyCeilingsAndFloors(List<EnterpriseYear> all, int[] members, String[] grade,
                                            List<List<GradeReason>> reasons) {
            for (GradeOverride o : scheme.overrides()) {
                if (o.kind() == GradeOverride.Kind.FORCE_CLASS) {
                    continue;
                }
                for (int m = 0; m < members.length; m++) {
                    String limited = all.get(members[m]).flags().contains(o.flag()) ? limited(o, grade[m]) : null;
                    if (limited != null) {
                        grade[m] = limited;
                        reasons.get(m).add(reasonFor(o));
                    }
                }
            }
        }
    }

    private static List<InputField> problemFields(Formula f, EnterpriseYear e, IndicatorScore.Outcome o) {
        return switch (o) {
            case MISSING -> f.fields().stream().filter(x -> Double.isNaN(e.value(x))).toList();
            case ZERO_DENOMINATOR -> f.zeroDenominators(e.values()).stream().distinct().toList();
            case NEGATIVE -> f.fields().stream().filter(x -> e.value(x) < 0).toList();
            default -> List.of();
        };
    }

    private static FieldError rejection(Indicator ind, IndicatorScore.Outcome o, List<InputField> fields) {
        String field = fields.isEmpty() ? ind.code() : fields.get(0).key();
        return switch (o) {
            case MISSING -> FieldError.of(field, "evaluation.input.missing", ind.name());
            case ZERO_DENOMINATOR -> FieldError.of(field, "evaluation.input.zeroDenominator", ind.name());
            default -> FieldError.of(field, "evaluation.input.negative", ind.name());
        };
    }

    private static double benchmarkOf(Indicator ind, double[] values, IndicatorScore.Outcome[] outcome) {
        Benchmark b = ind.benchmark();
        if (b == null) {
            return Double.NaN;
        }
        if (b.kind() == Benchmark.Kind.FIXED) {
            return b.value() == null ? Double.NaN : b.value() * b.k();
        }
        double[] scored = new double[values.length];
        int count = 0;
        for (int m = 0; m < values.length; m++) {
            if (outcome[m] == IndicatorScore.Outcome.SCORED) {
                scored[count++] = values[m];
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        double base = switch (b.kind()) {
            case COHORT_MEAN -> {
                double s = 0;
                for (int m = 0; m < count; m++) {
                    s += scored[m];
                }
                yield s / count;
            }
            case COHORT_MAX -> {
                double max = Double.NEGATIVE_INFINITY;
                for (int m = 0; m < count; m++) {
                    max = Math.max(max, scored[m]);
                }
                yield max;
            }
            default -> {
                double[] sorted = Arrays.copyOf(scored, count);
                Arrays.sort(sorted);
                yield count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
            }
        };
        return base * b.k();
    }

    static double pointsFor(Indicator ind, double value, double benchmark, double low, double high) {
        double w = ind.weight();
        Scoring s = ind.scoring();
        return switch (s.method()) {
            case RATIO_TO_BENCHMARK -> benchmark > 0 ? value / benchmark * w : 0;
            case LOWER_IS_BETTER -> {
                if (value <= 0) {
                    yield ind.cap() != null ? ind.cap() : w;
                }
                yield benchmark > 0 ? benchmark / value * w : 0;
            }
            case MIN_MAX -> {
                double lo = s.minPercent() == null ? 0 : s.minPercent();
                double hi = s.maxPercent() == null ? 100 : s.maxPercent();
                double share = high > low ? (value - low) / (high - low) : 1;
                yield w * (lo + (hi - lo) * share) / 100;
            }
            case BANDS -> {
                double percent = 0;
                for (Scoring.Band band : s.bands()) {
                    if (value >= band.from()) {
                        percent = Math.max(percent, band.percent());
                    }
                }
                yield w * percent / 100;
            }
        };
    }

    /**
     * Competition ranks (1, 2, 2, 4) on totals compared at 0.01 points, among the flagged enterprises. One sort of
     * packed longs: the negated total in cents in the high bits, the position in the low bits, so equal totals keep
     * input order and the sort is primitive.
     */
    static int[] ranks(double[] total, boolean[] include, int n) {
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, n));
        long mask = (1L << bits) - 1;
        long[] keys = new long[n];
        int count = 0;
        for (int m = 0; m < n; m++) {
            if (include[m]) {
                long cents = Math.round(total[m] * 100);
                keys[count++] = (-cents << bits) | m;
            }
        }
        Arrays.sort(keys, 0, count);
        int[] rank = new int[n];
        long previous = Long.MIN_VALUE;
        int currentRank = 0;
        for (int r = 0; r < count; r++) {
            long cents = keys[r] >> bits;
            int m = (int) (keys[r] & mask);
            if (r == 0 || cents != previous) {
                currentRank = r + 1;
                previous = cents;
            }
            rank[m] = currentRank;
        }
        return rank;
    }

    /** The last rank each grade takes: round half up of N × the cumulative percent, the last grade takes all. */
    static int[] percentileBoundaries(List<GradingRule.Cut> cutoffs, int n) {
        int[] boundary = new int[cutoffs.size()];
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int g = 0; g < cutoffs.size(); g++) {
            cumulative = cumulative.add(BigDecimal.valueOf(cutoffs.get(g).percent()));
            boundary[g] = cumulative.multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(100), 0,
                    RoundingMode.HALF_UP).intValueExact();
        }
        boundary[cutoffs.size() - 1] = n;
        return boundary;
    }
}
