package io.zonebrain.indicators.web;

import io.zonebrain.platform.FieldError;
import java.util.List;

/**
 * One line of the monthly form: the figure, its unit (万元 for money), what is typed, last year's same month and
 * the single month derived from the stored year-to-date values, and the problems found with it.
 */
public record ReportFormRow(String code, String field, String unit, String value, String lastYear, String singleMonth,
                     List<FieldError> errors) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
