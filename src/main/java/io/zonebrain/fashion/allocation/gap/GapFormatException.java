package io.zonebrain.fashion.allocation.gap;

/** A benchmark file that does not hold what its format promises; the message names the file and the position. */
public class GapFormatException extends RuntimeException {

    public GapFormatException(String message) {
        super(message);
    }
}
