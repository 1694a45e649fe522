package io.zonebrain.land.internal.importing;

import io.zonebrain.land.Lease;
import io.zonebrain.land.internal.LeaseStore;

/**
 * A valid lessee's row: the lease as it would be written on the parcel with this code, the lease on record with the
 * same lessee and start (null when new), and the change.
 */
record PlannedLease(int row, String parcelCode, LeaseStore.StoredLease values, Lease existing, Change change) {
}
