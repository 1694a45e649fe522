package io.zonebrain.evaluation;

/** A formula that does not parse; {@code messageCode} is a bundle key taking (position + 1, token). */
public class FormulaException extends RuntimeException {

    private final String messageCode;
    private final int position;
    private final String token;

    public FormulaException(String messageCode, int position, String token) {
        super(messageCode + " at " + (position + 1) + ": " + token);
        this.messageCode = messageCode;
        this.position = position;
        this.token = token;
    }

    public String messageCode() {
        return messageCode;
    }

    public int position() {
        return position;
    }

    public String token() {
        return token;
    }
}
