package io.zonebrain.evaluation;

import java.util.List;

/**
 * Grade migration against the previous data year's latest run of the same scheme code: for each grade last year
 * (rows) how many enterprises have each grade this year (columns, in {@code grades} order). Only enterprises present
 * in both runs; "-" stands for not graded.
 */
public record GradeMigration(long previousRunId, int previousYear, int previousVersion, List<String> grades,
                             List<Row> rows) {

    public record Row(String from, List<Integer> counts) {
    }
}
