package io.zonebrain.indicators.internal.reporting;

/** A valid row of an import and what confirming it would do: add a report, replace the current one, or nothing. */
record PlannedReport(int row, ReportingEnterprise enterprise, ReportEntry entry, StoredReport existing) {

    enum Change { NEW, REPLACING, UNCHANGED }

    Change change() {
        if (existing == null) {
            return Change.NEW;
        }
        return ReportWriting.sameFigures(existing, entry) ? Change.UNCHANGED : Change.REPLACING;
    }
}
