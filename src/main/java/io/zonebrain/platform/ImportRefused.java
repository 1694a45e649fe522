package io.zonebrain.platform;

import java.util.List;

/** An upload or a confirmation refused before any work started; {@code code} is a message key, shown on the page. */
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
