package io.zonebrain.fashion.internal;

import io.zonebrain.platform.FieldError;
import java.util.List;
import java.util.regex.Pattern;

/** Checks shared by the fashion forms: required text, lengths, and characters that never belong in names. */
final class TextRules {

    /** The characters of injected markup or SQL; no registered name or style contains them. */
    private static final Pattern FORBIDDEN = Pattern.compile("[<>\";=\\\\]|--");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private TextRules() {
    }

    static void required(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else {
            optional(field, value, max, errors);
        }
    }

    static void optional(String field, String value, int max, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max, value.length()));
        } else if (FORBIDDEN.matcher(value).find()) {
            errors.add(FieldError.of(field, "validation.text.chars"));
        }
    }

    static void phone(String field, String value, List<FieldError> errors) {
        if (value != null && !PHONE.matcher(value).matches()) {
            errors.add(FieldError.of(field, "validation.phone", value));
        }
    }

    static void email(String field, String value, List<FieldError> errors) {
        if (value != null && (value.length() > 200 || !EMAIL.matcher(value).matches())) {
            errors.add(FieldError.of(field, "validation.email", value));
        }
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
