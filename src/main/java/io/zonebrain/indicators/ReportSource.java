package io.zonebrain.indicators;

/** How a report arrived: the enterprise's own form, an officer's import of the bureau's file, the API, demo data. */
public enum ReportSource {
    FORM,
    IMPORT,
    API,
    DEMO
}
