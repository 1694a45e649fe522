package io.zonebrain.indicators.internal.demo;

import java.util.SplittableRandom;

/**
 * One sequential stream of randomness. The Gaussian is Box-Muller over {@link StrictMath}, so a seed gives the same
 * figures on every JDK and CPU (the JDK's nextGaussian may change between versions).
 */
public final class DemoDraws {

    private final SplittableRandom random;

    DemoDraws(long seed) {
        // Our own stream, not the enterprise generator's: adding a firm attribute there must not move our figures.
        this.random = new SplittableRandom(seed ^ 0x5EED_F16_0E5L);
    }

    double uniform() {
        return random.nextDouble();
    }

    double between(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double gaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** A multiplier around 1 with the given log-spread: the skew of ratios between firms. */
    double spread(double sigma) {
        return StrictMath.exp(sigma * gaussian());
    }
}
