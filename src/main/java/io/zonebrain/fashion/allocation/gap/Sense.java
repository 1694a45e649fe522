package io.zonebrain.fashion.allocation.gap;

/** Whether a benchmark's matrix holds costs to minimise or profits to maximise. */
public enum Sense {
    MIN, MAX;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
