package io.zonebrain.fashion.internal.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One sequential stream of randomness from a seed. The Gaussian is Box-Muller over {@link StrictMath}, so the same
 * seed gives the same cluster on every JDK and CPU.
 */
final class DemoRandom {

    private final SplittableRandom random;

    DemoRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    int between(int from, int toInclusive) {
        return from + random.nextInt(toInclusive - from + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    boolean percent(double p) {
        return random.nextDouble() * 100 < p;
    }

    double gaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T oneOf(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** {@code weights[i]} for {@code items[i]}. */
    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }
}
