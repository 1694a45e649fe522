package io.zonebrain.indicators;

import java.time.YearMonth;

/**
 * A monthly report as someone hands it in: the enterprise by id or USCC, the month, the year-to-date figures in
 * yuan (already converted from what was typed, see {@code enteredIn}), and the answers to the questions validation
 * may ask: why a figure jumped, and that an unusual order of magnitude is really meant.
 */
public record MonthlySubmission(Long enterpriseId, String uscc, YearMonth period, MonthlyFigures figures,
                                String jumpReason, boolean unitsConfirmed, MoneyUnit enteredIn,
                                ReportSource source) {
}
