package io.zonebrain.platform;

import java.util.List;

/** Input was rejected; nothing was written. Carries every problem found, not just the first. */
public class ValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.size() + " validation error(s): " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
