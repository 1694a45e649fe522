package io.zonebrain.indicators.internal.demo;

/**
 * A firm's character, drawn once: how its output turns into sales, exports, revenue, profit, taxes, value added,
 * high-tech and new-product output, R&D, power and energy, and staff. Ratios stay put across years, as they do in a
 * real firm; the years differ by output. {@code vaRatio} and {@code highTechFraction} are per year because the
 * calibration adjusts them year by year.
 */
final class FirmProfile {

    final DemoFirmRow firm;
    final double salesRatio;
    final double exportRatio;
    final double revenueRatio;
    final double margin;
    final double taxRatio;
    final double newProductRatio;
    final double rdRatio;
    final double kwhPerYuan;
    final double tcePerKwh;
    final double yuanPerEmployee;
    final double codPerTce;
    final double so2PerTce;
    final double noxPerTce;
    final double taxPaidRatio;
    final double[] vaRatio;
    final double[] highTechFraction;
    /** Annual output by year index, yuan: the firm's size even in years it does not report monthly. */
    final double[] annualOutput;
    /** Single-month output by year index and month, yuan; null for years without monthly reports. */
    final double[][] monthlyOutput;
    /** Month index (0-11) of a sudden energy jump by year index, or -1. */
    final int[] energyJumpMonth;

    FirmProfile(DemoFirmRow firm, DemoDraws d, int years) {
        this.firm = firm;
        this.salesRatio = d.between(0.93, 0.99);
        this.exportRatio = d.chance(0.4) ? 0 : d.between(0.03, 0.45);
        this.revenueRatio = d.between(1.0, 1.15);
        this.margin = 0.065 + 0.05 * d.gaussian();
        this.taxRatio = d.between(0.022, 0.05);
        this.newProductRatio = d.between(0.05, 0.45);
        this.rdRatio = firm.highTech() ? d.between(0.03, 0.06) : d.between(0.01, 0.035);
        this.kwhPerYuan = d.between(0.02, 0.12);
        this.tcePerKwh = 0.0001229 * d.between(1.1, 1.6);
        this.yuanPerEmployee = d.between(1.0e6, 2.5e6);
        this.codPerTce = 0.0015 * d.spread(0.8);
        this.so2PerTce = 0.0025 * d.spread(0.8);
        this.noxPerTce = 0.0035 * d.spread(0.8);
        this.taxPaidRatio = d.between(0.8, 1.0);
        double va = 0.2776 * d.spread(0.25);
        double ht = firm.highTech() ? d.between(0.8, 1.0) : d.between(0.15, 0.65);
        this.vaRatio = new double[years];
        this.highTechFraction = new double[years];
        for (int y = 0; y < years; y++) {
            vaRatio[y] = Math.min(0.6, va * d.spread(0.03));
            highTechFraction[y] = ht;
        }
        this.annualOutput = new double[years];
        this.monthlyOutput = new double[years][];
        this.energyJumpMonth = new int[years];
        java.util.Arrays.fill(energyJumpMonth, -1);
    }

    boolean reports(int yearIndex) {
        return monthlyOutput[yearIndex] != null;
    }

    double yearOutput(int yearIndex) {
        double sum = 0;
        for (double v : monthlyOutput[yearIndex]) {
            sum += v;
        }
        return sum;
    }

    double firstHalf(int yearIndex) {
        double sum = 0;
        for (int m = 0; m < 6; m++) {
            sum += monthlyOutput[yearIndex][m];
        }
        return sum;
    }

    /** Scales the first and second half of a year separately: how the calibration hits YTD June and December. */
    void scaleHalves(int yearIndex, double firstHalf, double secondHalf) {
        for (int m = 0; m < 12; m++) {
            monthlyOutput[yearIndex][m] *= m < 6 ? firstHalf : secondHalf;
        }
    }

    /** The month's figures derived from its output and this firm's ratios. */
    double[] month(int yearIndex, int month) {
        double out = monthlyOutput[yearIndex][month];
        double[] v = new double[DemoMonth.COLUMNS.length];
        v[DemoMonth.OUTPUT] = out;
        v[DemoMonth.SALES] = out * salesRatio;
        v[DemoMonth.EXPORT] = out * salesRatio * exportRatio;
        v[DemoMonth.REVENUE] = out * revenueRatio;
        v[DemoMonth.PROFIT] = out * revenueRatio * margin;
        v[DemoMonth.TAXES] = out * revenueRatio * taxRatio;
        v[DemoMonth.VALUE_ADDED] = out * vaRatio[yearIndex];
        v[DemoMonth.HIGH_TECH] = out * highTechFraction[yearIndex];
        v[DemoMonth.NEW_PRODUCT] = out * newProductRatio;
        v[DemoMonth.RD] = out * revenueRatio * rdRatio;
        double kwh = out * kwhPerYuan;
        v[DemoMonth.ELECTRICITY] = kwh;
        v[DemoMonth.ENERGY] = kwh * tcePerKwh * (energyJumpMonth[yearIndex] == month ? 2.4 : 1.0);
        v[DemoMonth.EMPLOYEES] = Math.max(20, annualOutput[yearIndex] / yuanPerEmployee);
        return v;
    }

    /** The per-mu evaluation's annual figures, from the monthly sums where the firm reported, else from its size. */
    double[] annual(int yearIndex) {
        double out = reports(yearIndex) ? yearOutput(yearIndex) : annualOutput[yearIndex];
        double energy = out * kwhPerYuan * tcePerKwh;
        double[] v = new double[DemoAnnual.COLUMNS.length];
        v[0] = out * revenueRatio * taxRatio * taxPaidRatio;
        v[1] = out * vaRatio[yearIndex];
        v[2] = out * revenueRatio;
        v[3] = energy;
        v[4] = energy * codPerTce;
        v[5] = energy * codPerTce * 0.1;
        v[6] = energy * so2PerTce;
        v[7] = energy * noxPerTce;
        v[8] = out * revenueRatio * rdRatio;
        v[9] = Math.max(3, out / yuanPerEmployee);
        v[10] = firm.landMu();
        return v;
    }
}
