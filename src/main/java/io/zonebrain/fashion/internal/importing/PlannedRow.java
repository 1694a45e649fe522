package io.zonebrain.fashion.internal.importing;

/**
 * A valid row and what applying it would do. {@code existingId} and {@code version} name the record it changes.
 * {@code draft} is the module's draft record (factory or order).
 */
record PlannedRow<D>(int row, D draft, Long existingId, int version, Change change) {

    enum Change { NEW, CHANGED, UNCHANGED }
}
