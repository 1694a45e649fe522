package io.zonebrain.evaluation;

/**
 * An edit aimed at a version already IN_USE: runs may have used it, so it never changes. The caller makes a new
 * version from it instead.
 */
public class SchemeInUseException extends RuntimeException {

    private final String code;
    private final int version;

    public SchemeInUseException(String code, int version) {
        super("scheme " + code + " v" + version + " is in use and cannot be edited; make a new version from it");
        this.code = code;
        this.version = version;
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }
}
