package io.zonebrain.land.internal.importing;

/** What applying a valid row would do to the register. */
enum Change { NEW, CHANGED, UNCHANGED }
