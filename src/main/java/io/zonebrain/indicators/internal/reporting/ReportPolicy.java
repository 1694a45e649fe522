package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.FieldError;
import java.util.List;

/** One rule a report must pass; it names the field and says in words what is wrong, as an enterprise would ask. */
interface ReportPolicy {

    List<FieldError> check(ReportEntry entry, Neighbours around);
}
