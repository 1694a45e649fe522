package io.zonebrain.indicators;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The headline figures of a set of above-scale firms for one month, year to date: what a cockpit tile shows.
 * Shares are fractions; null when the denominator is zero.
 */
public record Rollup(int enterprises, int comparableEnterprises, Figure output, Figure valueAdded, Figure highTechOutput,
                     Figure revenue, Figure profit, Figure taxes, Figure exportDelivery, BigDecimal salesOutputYtd,
                     int enterprisesAbove100m, BigDecimal outputAbove100mYtd, int enterprisesGrowing,
                     int enterprisesShrinking) {

    public Double highTechShare() {
        return share(highTechOutput.ytd(), output.ytd());
    }

    public Double shareOfOutputAbove100m() {
        return share(outputAbove100mYtd, output.ytd());
    }

    /** Export delivery value over sales output, as the bureau defines 出口占比. */
    public Double exportShare() {
        return share(exportDelivery.ytd(), salesOutputYtd);
    }

    private static Double share(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }
}
