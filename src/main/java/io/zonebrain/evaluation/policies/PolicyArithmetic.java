package io.zonebrain.evaluation.policies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;

/**
 * Which measures apply to a grade held for a number of consecutive years on a date. Pure, so the rules the
 * enterprise is told about are tested without a database.
 * <ul>
 * <li>Surcharges do not stack: of all the surcharges on one resource that apply (grade, years reached, in force)
 *     only the highest is charged (山东: D +0.05 / +0.10 / +0.15 元/kWh for 1 / 2 / 3+ years means 0.15 in year 3,
 *     not 0.30).</li>
 * <li>A land deposit or a subsidy rule: the one in force that started last supersedes older ones.</li>
 * </ul>
 */
public final class PolicyArithmetic {

    private PolicyArithmetic() {
    }

    public static List<PolicyMeasure> applicable(List<PolicyMeasure> measures, String grade, int consecutiveYears,
                                                 java.time.LocalDate date) {
        if (grade == null) {
            return List.of();
        }
        Map<String, PolicyMeasure> chosen = new LinkedHashMap<>();
        measures.stream()
                .filter(m -> m.grade().equals(grade) && m.effectiveOn(date)
                        && consecutiveYears >= m.minConsecutiveYears())
                .sorted(Comparator.comparing(PolicyMeasure::kind).thenComparing(m -> String.valueOf(m.resource())))
                .forEach(m -> chosen.merge(m.kind() + "/" + m.resource(), m, PolicyArithmetic::better));
        return new ArrayList<>(chosen.values());
    }

    private static PolicyMeasure better(PolicyMeasure a, PolicyMeasure b) {
        if (a.kind() == PolicyMeasure.Kind.PRICE_SURCHARGE) {
            return b.amount().compareTo(a.amount()) > 0 ? b : a;
        }
        return b.effectiveFrom().isAfter(a.effectiveFrom()) ? b : a;
    }

    /**
     * Years in a row, ending with {@code year}, in which the enterprise had {@code grade}; {@code gradesByYear} holds
     * its grade in each data year's published run (null = not graded). A year without a published run breaks the
     * streak, because nothing was decided about it.
     */
    public static int consecutiveYears(int year, String grade, NavigableMap<Integer, String> gradesByYear) {
        int count = 0;
        for (int y = year; gradesByYear.containsKey(y) && Objects.equals(gradesByYear.get(y), grade); y--) {
            count++;
        }
        return count;
    }
}
