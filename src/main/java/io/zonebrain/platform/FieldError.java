package io.zonebrain.platform;

import java.util.List;

/**
 * One problem with one field of one record or import row. {@code row} is the spreadsheet row number a person sees
 * (1-based, header included), or 0 for a form. {@code messageCode} is a key of the message bundles, {@code args}
 * its arguments.
 */
public record FieldError(int row, String field, String messageCode, List<Object> args) {

    public static FieldError of(String field, String messageCode, Object... args) {
        return new FieldError(0, field, messageCode, List.of(args));
    }

    public FieldError atRow(int rowNumber) {
        return new FieldError(rowNumber, field, messageCode, args);
    }
}
