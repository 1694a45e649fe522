package io.zonebrain.indicators.internal.reporting;

import java.time.LocalDate;

/** What a report is checked against: the current reports around it, and today (from the injected clock). */
record Neighbours(StoredReport previousInYear, StoredReport nextInYear, StoredReport yearBefore, LocalDate today) {
}
