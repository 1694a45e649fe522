package io.zonebrain.enterprise.web;

import java.util.List;

/** Column headings of the registry export, as message keys, in export order. */
final class ExportColumns {

    static final List<String> HEADER_KEYS = List.of("field.uscc", "field.name", "field.industryCode",
            "field.clusterCode", "field.parkCode", "field.aboveScale", "field.ownLandMu", "field.leasedAreaMu",
            "field.tags");

    private ExportColumns() {
    }
}
