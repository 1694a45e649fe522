package io.zonebrain.fashion.internal.importing;

import java.util.List;

/** An upload or confirmation refused before any work started; {@code code} is a message key. */
public class ImportRefused extends RuntimeException {

    private final String code;
    private final List<Object> args;

    public ImportRefused(String code, Object... args) {
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
