package io.zonebrain.enterprise.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * One sequential stream of randomness from a seed. The Gaussian is our own Box-Muller over {@link StrictMath}, so
 * the same seed gives the same zone on every JDK and CPU (the JDK's own nextGaussian may change between versions).
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

    boolean percent(int p) {
        return random.nextInt(100) < p;
    }

    boolean perMille(int p) {
        return random.nextInt(1000) < p;
    }

    double gaussian() {
        double u1 = 1.0 - random.nextDouble(); // (0, 1]: log stays finite
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** Log-normal around {@code median}: the skew of firm sizes, land plots and capital. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    char oneOf(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }

    <T> T weighted(List<T> items, ToIntFunction<T> weight) {
        int total = 0;
        for (T item : items) {
            total += weight.applyAsInt(item);
        }
        int roll = random.nextInt(total);
        for (T item : items) {
            roll -= weight.applyAsInt(item);
            if (roll < 0) {
                return item;
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }

    /** Exactly {@code n} distinct items, drawn without replacement (a partial Fisher-Yates shuffle). */
    <T> List<T> sample(List<T> candidates, int n) {
        if (n > candidates.size()) {
            throw new IllegalArgumentException("want " + n + " of " + candidates.size() + " candidates");
        }
        List<T> pool = new ArrayList<>(candidates);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(pool.size() - i);
            T swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, n));
    }

    static BigDecimal scaled(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
