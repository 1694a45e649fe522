package io.zonebrain.evaluation;

import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * A run's grades counted per group — cohort, GB/T 4754 industry section (门类) or division (大类) — within the
 * caller's data scope: per group the count of each grade in {@code grades} order (the scheme's grades, its extra
 * classes, then "-" for not graded), the group's total and each count as a percentage of it (0.1, half up).
 * Industry comes from the enterprise module's published view as it is now, not as of the run.
 */
public record GradeDistribution(Dimension by, List<String> grades, List<Group> groups) {

    public enum Dimension {
        COHORT, SECTION, DIVISION;

        /** From the request parameter {@code by}: cohort (default), section or division. */
        public static Dimension parse(String by) {
            if (by == null || by.isBlank()) {
                return COHORT;
            }
            for (Dimension d : values()) {
                if (d.name().equalsIgnoreCase(by.strip())) {
                    return d;
                }
            }
            throw new ValidationException(List.of(FieldError.of("by", "runs.distribution.badBy", by)));
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One group: {@code code} null when the enterprises have no cohort or no industry code. */
    public record Group(String code, String name, List<Integer> counts, int total, List<BigDecimal> percents) {

        public static Group of(String code, String name, List<Integer> counts) {
            int total = counts.stream().mapToInt(Integer::intValue).sum();
            List<BigDecimal> percents = counts.stream().map(n -> total == 0 ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP))
                    .toList();
            return new Group(code, name, List.copyOf(counts), total, percents);
        }
    }

    /** Counts of a group's grades, in {@code grades} order; for a chart or a sum over groups. */
    public int count(Group group, String grade) {
        int i = grades.indexOf(grade);
        return i < 0 ? 0 : group.counts().get(i);
    }
}
