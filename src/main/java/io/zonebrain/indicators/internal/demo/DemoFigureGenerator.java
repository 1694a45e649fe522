package io.zonebrain.indicators.internal.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The demo zone's monthly reports 2019-01..2025-12 and annual figures, as a pure function of the seed and the firms.
 * Calibrated by construction, not by trial: firm sizes come from heavy-tailed draws, then whole groups are scaled
 * so that the zone's totals land exactly on the published figures (seed article 001) — 2023 above-scale output
 * 1214 亿元 (Jan-Jun 558), like-for-like growth +5.0% (Jan-Jun +5.3%), value added 337 亿元 (+5.2%), high-tech output
 * 1004.85 亿元 (+6.91%), 125 firms above 1 亿元 holding 92.1% of output. Firms still vary: their own growth (a third
 * shrink), the Spring Festival dip, a few enter or leave the above-scale set, a few energy jumps.
 */
public final class DemoFigureGenerator {

    public static final int FIRST_YEAR = 2019;
    public static final int LAST_YEAR = 2025;
    static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;
    private static final int ANCHOR = 2023 - FIRST_YEAR;
    private static final int BEFORE = ANCHOR - 1;

    private static final double YI = 1e8;
    static final double OUTPUT_2023 = 1214 * YI;
    static final double OUTPUT_2023_H1 = 558 * YI;
    static final double OUTPUT_YOY = 0.050;
    static final double OUTPUT_H1_YOY = 0.053;
    static final double VALUE_ADDED_2023 = 337 * YI;
    static final double VALUE_ADDED_YOY = 0.052;
    static final double HIGH_TECH_2023 = 1004.85 * YI;
    static final double HIGH_TECH_YOY = 0.0691;
    static final int FIRMS_ABOVE_100M = 125;
    /** "超92%": the share of output from firms above 1 亿元; just above the published lower bound. */
    static final double SHARE_ABOVE_100M = 0.921;

    /** Zone trend of output growth into each year (index 1 = 2020): the pandemic year, the rebound, steady growth. */
    private static final double[] TREND = {0, 0.01, 0.14, 0.05, 0.05, 0.065, 0.055};
    /** Month shape of output: the Spring Festival dip in February, the year-end push in December. */
    private static final double[] SEASON = {1.00, 0.62, 1.02, 1.00, 1.02, 1.05, 1.00, 1.00, 1.03, 0.98, 1.05, 1.20};

    private final long seed;

    public DemoFigureGenerator(long seed) {
        this.seed = seed;
    }

    /** The generated figures: single-month values (the writer makes them cumulative) and annual figures. */
    public record Figures(List<DemoMonth> months, List<DemoAnnual> annual) {
        public int monthlyReports() {
            return months.size();
        }
    }

    public Figures generate(List<DemoFirmRow> firms) {
        DemoDraws d = new DemoDraws(seed);
        List<DemoFirmRow> above = firms.stream().filter(DemoFirmRow::aboveScale)
                .sorted(Comparator.comparing(DemoFirmRow::uscc)).toList();
        List<DemoFirmRow> below = firms.stream().filter(f -> !f.aboveScale())
                .sorted(Comparator.comparing(DemoFirmRow::uscc)).toList();
        List<FirmProfile> aboveProfiles = new ArrayList<>();
        for (DemoFirmRow f : above) {
            aboveProfiles.add(new FirmProfile(f, d, YEARS));
        }
        List<FirmProfile> belowProfiles = new ArrayList<>();
        for (DemoFirmRow f : below) {
            belowProfiles.add(new FirmProfile(f, d, YEARS));
        }
        sizeAboveScale2023(aboveProfiles, d);
        for (FirmProfile p : aboveProfiles) {
            growAcrossYears(p, d);
            reportingYears(p, d);
        }
        sizeBelowScale(belowProfiles, d);
        calibrate(aboveProfiles);
        addEnergyJumps(aboveProfiles, d);

        List<FirmProfile> all = new ArrayList<>(aboveProfiles);
        all.addAll(belowProfiles);
        return new Figures(months(all), annual(all));
    }

    /**
     * 2023 output: the firms with the most land (plus noise) become the 125 above 1 亿元, with Pareto sizes; the
     * rest get 0.2-0.95 亿元. Each group's excess over its floor is then scaled to hit its exact total.
     */
    private static void sizeAboveScale2023(List<FirmProfile> firms, DemoDraws d) {
        List<FirmProfile> ranked = new ArrayList<>(firms);
        double[] key = new double[ranked.size()];
        for (int i = 0; i < ranked.size(); i++) {
            key[i] = Math.log1p(ranked.get(i).firm.landMu()) + 0.8 * d.gaussian();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(key[b], key[a]));
        int large = Math.min(FIRMS_ABOVE_100M, ranked.size());
        double[] sizes = new double[ranked.size()];
        for (int i = 0; i < ranked.size(); i++) {
            sizes[i] = i < large ? Math.min(140, 1.05 * Math.pow(1 - d.uniform(), -1 / 1.05))
                    : 0.2 + 0.75 * Math.pow(d.uniform(), 3);
        }
        java.util.Arrays.sort(sizes, 0, large);
        java.util.Arrays.sort(sizes, large, sizes.length);
        double smallTarget = (1 - SHARE_ABOVE_100M) * OUTPUT_2023 / YI;
        double largeTarget = OUTPUT_2023 / YI - smallTarget;
        scaleExcess(sizes, 0, large, 1.05, largeTarget);
        scaleExcess(sizes, large, sizes.length, 0.2, smallTarget);
        for (int r = 0; r < order.size(); r++) {
            // sizes are ascending within each group: the highest key takes the largest size
            int idx = r < large ? large - 1 - r : sizes.length - 1 - (r - large);
            ranked.get(order.get(r)).annualOutput[ANCHOR] = sizes[idx] * YI;
        }
    }

    private static void scaleExcess(double[] sizes, int from, int to, double floor, double target) {
        double excess = 0;
        for (int i = from; i < to; i++) {
            excess += sizes[i] - floor;
        }
        double k = (target - floor * (to - from)) / excess;
        for (int i = from; i < to; i++) {
            sizes[i] = floor + (sizes[i] - floor) * k;
        }
    }

    /**
     * Each firm's own growth around the zone trend: about a third shrink in an ordinary year. Big firms swing less
     * (a 10 亿元 firm rarely moves 20% in a year); otherwise one lucky giant would carry the zone's growth and the
     * calibration would have to shrink half of the others to compensate.
     */
    private static void growAcrossYears(FirmProfile p, DemoDraws d) {
        double sigma = p.annualOutput[ANCHOR] >= 10 * YI ? 0.04 : p.annualOutput[ANCHOR] >= YI ? 0.08 : 0.11;
        for (int y = ANCHOR - 1; y >= 0; y--) {
            p.annualOutput[y] = p.annualOutput[y + 1] / (1 + growth(y + 1, d, sigma));
        }
        for (int y = ANCHOR + 1; y < YEARS; y++) {
            p.annualOutput[y] = p.annualOutput[y - 1] * (1 + growth(y, d, sigma));
        }
    }

    private static double growth(int yearIndex, DemoDraws d) {
        return growth(yearIndex, d, 0.11);
    }

    private static double growth(int yearIndex, DemoDraws d, double sigma) {
        return Math.max(-0.45, Math.min(0.9, TREND[yearIndex] + sigma * d.gaussian()));
    }

    /**
     * Most firms report every year; some entered the above-scale set in 2020-2023, a few small ones leave it in
     * 2024 or 2025. The 2023 set is the registry's 385 above-scale firms.
     */
    private static void reportingYears(FirmProfile p, DemoDraws d) {
        double u = d.uniform();
        int entry = u < 0.035 ? ANCHOR : u < 0.07 ? ANCHOR - 1 : u < 0.10 ? ANCHOR - 2 : u < 0.13 ? ANCHOR - 3 : 0;
        boolean small = p.annualOutput[ANCHOR] < YI;
        double v = d.uniform();
        int last = !small ? YEARS - 1 : v < 0.02 ? ANCHOR : v < 0.04 ? ANCHOR + 1 : YEARS - 1;
        for (int y = entry; y <= last; y++) {
            p.monthlyOutput[y] = split(p.annualOutput[y], y, d);
        }
    }

    private static double[] split(double annual, int yearIndex, DemoDraws d) {
        double[] w = new double[12];
        double sum = 0;
        for (int m = 0; m < 12; m++) {
            double season = SEASON[m];
            if (yearIndex == 2020 - FIRST_YEAR && (m == 1 || m == 2)) {
                season = m == 1 ? 0.35 : 0.85; // the 2020 lockdown deepened the February dip into March
            }
            w[m] = season * d.spread(0.06);
            sum += w[m];
        }
        for (int m = 0; m < 12; m++) {
            w[m] = annual * w[m] / sum;
        }
        return w;
    }

    /**
     * Below-scale firms report no monthly form, only annual figures: 200万-1900万 of output. A few were above-scale
     * until 2020-2022 and left; a few grow into the above-scale set in 2024 or 2025.
     */
    private static void sizeBelowScale(List<FirmProfile> firms, DemoDraws d) {
        for (int i = 0; i < firms.size(); i++) {
            FirmProfile p = firms.get(i);
            boolean leaver = i < 8;
            boolean entrant = i >= 8 && i < 18;
            double size = leaver ? d.between(0.21, 0.35) : entrant ? d.between(0.1, 0.18) : 0.02 + 0.17 * Math.pow(
                    d.uniform(), 1.3);
            p.annualOutput[ANCHOR] = size * YI;
            growAcrossYears(p, d);
            if (leaver) {
                int last = ANCHOR - 1 - (i % 3);
                for (int y = 0; y <= last; y++) {
                    p.annualOutput[y] = Math.max(p.annualOutput[y], 0.21 * YI);
                    p.monthlyOutput[y] = split(p.annualOutput[y], y, d);
                }
            } else if (entrant) {
                int first = i % 2 == 0 ? ANCHOR + 1 : ANCHOR + 2;
                for (int y = first; y < YEARS; y++) {
                    p.annualOutput[y] = Math.max(p.annualOutput[y] * 1.8, 0.22 * YI);
                    p.monthlyOutput[y] = split(p.annualOutput[y], y, d);
                }
            }
        }
    }

    /** The published figures, hit exactly by scaling groups (2023 totals; 2022 for the firms reporting both years). */
    private static void calibrate(List<FirmProfile> above) {
        List<FirmProfile> in2023 = above.stream().filter(p -> p.reports(ANCHOR)).toList();
        List<FirmProfile> matched = in2023.stream().filter(p -> p.reports(BEFORE)).toList();

        double h1 = sum(in2023, p -> p.firstHalf(ANCHOR));
        double h2 = sum(in2023, p -> p.yearOutput(ANCHOR) - p.firstHalf(ANCHOR));
        for (FirmProfile p : in2023) {
            p.scaleHalves(ANCHOR, OUTPUT_2023_H1 / h1, (OUTPUT_2023 - OUTPUT_2023_H1) / h2);
        }
        double targetH1 = sum(matched, p -> p.firstHalf(ANCHOR)) / (1 + OUTPUT_H1_YOY);
        double targetYear = sum(matched, p -> p.yearOutput(ANCHOR)) / (1 + OUTPUT_YOY);
        double priorH1 = sum(matched, p -> p.firstHalf(BEFORE));
        double priorH2 = sum(matched, p -> p.yearOutput(BEFORE) - p.firstHalf(BEFORE));
        for (FirmProfile p : matched) {
            p.scaleHalves(BEFORE, targetH1 / priorH1, (targetYear - targetH1) / priorH2);
        }

        double va = sum(in2023, p -> p.yearOutput(ANCHOR) * p.vaRatio[ANCHOR]);
        double vaScale2023 = VALUE_ADDED_2023 / va;
        in2023.forEach(p -> p.vaRatio[ANCHOR] *= vaScale2023);
        double vaTarget = sum(matched, p -> p.yearOutput(ANCHOR) * p.vaRatio[ANCHOR]) / (1 + VALUE_ADDED_YOY);
        double vaPrior = sum(matched, p -> p.yearOutput(BEFORE) * p.vaRatio[BEFORE]);
        double vaScale2022 = vaTarget / vaPrior;
        matched.forEach(p -> p.vaRatio[BEFORE] *= vaScale2022);

        fitHighTech(in2023, ANCHOR, HIGH_TECH_2023);
        fitHighTech(matched, BEFORE,
                sum(matched, p -> p.yearOutput(ANCHOR) * p.highTechFraction[ANCHOR]) / (1 + HIGH_TECH_YOY));

        // The other years follow their neighbour's calibrated ratios, so 2024 does not fall back to the raw draws
        // (high-tech share would drop from 82.7% to 74% overnight).
        for (FirmProfile p : above) {
            for (int y = ANCHOR + 1; y < YEARS; y++) {
                p.vaRatio[y] *= vaScale2023;
                p.highTechFraction[y] = Math.min(1, p.highTechFraction[ANCHOR] * (1 + 0.004 * (y - ANCHOR)));
            }
            for (int y = 0; y < BEFORE; y++) {
                p.vaRatio[y] *= vaScale2022;
                p.highTechFraction[y] = p.highTechFraction[BEFORE] * (1 - 0.004 * (BEFORE - y));
            }
        }
    }

    /**
     * Moves high-tech fractions so the group's high-tech output is exactly {@code target}, keeping every fraction
     * within 0..1: up by shrinking each firm's non-high-tech part by one factor, down by scaling the fractions.
     */
    private static void fitHighTech(List<FirmProfile> firms, int y, double target) {
        double output = sum(firms, p -> p.yearOutput(y));
        double highTech = sum(firms, p -> p.yearOutput(y) * p.highTechFraction[y]);
        if (highTech < target) {
            double k = (output - target) / (output - highTech);
            firms.forEach(p -> p.highTechFraction[y] = 1 - (1 - p.highTechFraction[y]) * k);
        } else {
            firms.forEach(p -> p.highTechFraction[y] *= target / highTech);
        }
    }

    /** A few firms' energy jumps in one month of the last year: what the energy alert is for. */
    private static void addEnergyJumps(List<FirmProfile> above, DemoDraws d) {
        int last = YEARS - 1;
        int jumps = 0;
        for (FirmProfile p : above) {
            if (jumps < 4 && p.reports(last) && d.chance(0.02)) {
                p.energyJumpMonth[last] = 8 + jumps;
                jumps++;
            }
        }
    }

    private static List<DemoMonth> months(List<FirmProfile> firms) {
        List<DemoMonth> months = new ArrayList<>();
        for (FirmProfile p : firms) {
            for (int y = 0; y < YEARS; y++) {
                if (p.reports(y)) {
                    for (int m = 0; m < 12; m++) {
                        months.add(new DemoMonth(p.firm.enterpriseId(), FIRST_YEAR + y, m + 1, p.month(y, m)));
                    }
                }
            }
        }
        return months;
    }

    private static List<DemoAnnual> annual(List<FirmProfile> firms) {
        List<DemoAnnual> rows = new ArrayList<>();
        for (FirmProfile p : firms) {
            for (int y = 0; y < YEARS; y++) {
                rows.add(new DemoAnnual(p.firm.enterpriseId(), FIRST_YEAR + y, p.annual(y)));
            }
        }
        return rows;
    }

    /**
     * Benchmark load only: monthly reports for synthetic above-scale firms over the last {@code years} years, on a
     * stream of its own so the demo zone's figures never move. Uncalibrated: sizes and growth are merely plausible.
     */
    public List<DemoMonth> synthetic(List<DemoFirmRow> firms, int years, DemoDraws d) {
        List<DemoMonth> months = new ArrayList<>(firms.size() * years * 12);
        int first = Math.max(0, YEARS - years);
        for (DemoFirmRow f : firms) {
            FirmProfile p = new FirmProfile(f, d, YEARS);
            double size = Math.max(0.2, 0.2 + d.spread(1.3) * 0.4) * YI;
            p.annualOutput[YEARS - 1] = size;
            for (int y = YEARS - 2; y >= 0; y--) {
                p.annualOutput[y] = p.annualOutput[y + 1] / (1 + growth(y + 1, d));
            }
            for (int y = first; y < YEARS; y++) {
                p.monthlyOutput[y] = split(p.annualOutput[y], y, d);
            }
            // years before 2019 reuse 2019's shape: the benchmark needs the rows, not their history
            for (int extra = years - (YEARS - first); extra > 0; extra--) {
                int year = FIRST_YEAR - extra;
                double[] shape = split(p.annualOutput[0] / Math.pow(1.05, extra), 0, d);
                for (int m = 0; m < 12; m++) {
                    p.monthlyOutput[0] = shape;
                    months.add(new DemoMonth(f.enterpriseId(), year, m + 1, p.month(0, m)));
                }
                p.monthlyOutput[0] = split(p.annualOutput[0], 0, d);
            }
            for (int y = first; y < YEARS; y++) {
                for (int m = 0; m < 12; m++) {
                    months.add(new DemoMonth(f.enterpriseId(), FIRST_YEAR + y, m + 1, p.month(y, m)));
                }
            }
        }
        return months;
    }

    /** The stream for {@link #synthetic}: separate from the demo zone's, continued across chunks. */
    public DemoDraws syntheticDraws() {
        return new DemoDraws(seed + 1);
    }

    private static double sum(List<FirmProfile> firms, java.util.function.ToDoubleFunction<FirmProfile> f) {
        return firms.stream().mapToDouble(f).sum();
    }
}
