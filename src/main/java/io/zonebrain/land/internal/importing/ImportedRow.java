package io.zonebrain.land.internal.importing;

import io.zonebrain.land.LeaseDraft;
import io.zonebrain.land.ParcelDraft;
import io.zonebrain.platform.FieldError;
import java.util.List;
import java.util.Set;

/**
 * One row of the workbook as read: the parcel's columns (all of them on an owner's row, whichever were filled in on
 * a lease row), the lease on a lessee's row (null on the owner's row), and the problems found so far, by column.
 */
record ImportedRow(int row, ParcelDraft parcel, Set<LandColumn> parcelColumnsGiven, LeaseDraft lease,
                   List<FieldError> errors) {

    boolean isLease() {
        return lease != null;
    }

    String code() {
        return parcel.parcelCode();
    }

    void error(LandColumn column, String code, Object... args) {
        errors.add(new FieldError(row, column.name(), code, List.of(args)));
    }
}
