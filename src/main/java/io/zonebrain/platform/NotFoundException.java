package io.zonebrain.platform;

/** The record does not exist, or is outside the caller's data scope: callers cannot tell which. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
