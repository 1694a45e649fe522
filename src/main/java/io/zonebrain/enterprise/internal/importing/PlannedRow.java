package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseDraft;

/** A valid row and what applying it would do: create, change {@code existing}, or nothing. */
record PlannedRow(int row, EnterpriseDraft draft, Enterprise existing, Change change) {

    enum Change { NEW, CHANGED, UNCHANGED }
}
