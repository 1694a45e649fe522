package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.platform.FieldError;
import java.util.List;

/**
 * One spreadsheet row read into a draft. {@code contactsGiven} is false when the chief-data-officer columns are
 * blank: such a row keeps the enterprise's existing contacts rather than deleting them.
 */
record MappedRow(int row, EnterpriseDraft draft, boolean contactsGiven, List<FieldError> errors) {
}
