package io.zonebrain.land.internal.importing;

import java.util.List;

/** The upload or the confirmation was refused before any work started; {@code code} is a message key. */
public class LandImportRejected extends RuntimeException {

    private final String code;
    private final List<Object> args;

    public LandImportRejected(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
