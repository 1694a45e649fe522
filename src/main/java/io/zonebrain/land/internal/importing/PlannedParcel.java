package io.zonebrain.land.internal.importing;

import io.zonebrain.land.Parcel;
import io.zonebrain.land.internal.ParcelStore;

/** A valid owner's row: the parcel as it would be written, the parcel on record (null when new), and the change. */
record PlannedParcel(int row, ParcelStore.StoredParcel values, Parcel existing, Change change) {
}
