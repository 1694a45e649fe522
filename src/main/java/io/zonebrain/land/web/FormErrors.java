package io.zonebrain.land.web;

import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;

/**
 * Values the browser sent that do not even parse (a letter in a number field, a malformed date) become field
 * errors like any other, shown together with the rules' findings for the fields that did parse.
 */
final class FormErrors {

    private FormErrors() {
    }

    static List<FieldError> unparsable(BindingResult binding) {
        List<FieldError> errors = new ArrayList<>();
        for (org.springframework.validation.FieldError e : binding.getFieldErrors()) {
            Class<?> type = binding.getFieldType(e.getField());
            String code = type == LocalDate.class ? "land.validation.notADate"
                    : type == BigDecimal.class ? "land.validation.notANumber" : "land.validation.unreadable";
            errors.add(FieldError.of(e.getField(), code, String.valueOf(e.getRejectedValue())));
        }
        return errors;
    }

    /** The rules' errors for the fields the browser's values parsed, after the unparsable ones. */
    static List<FieldError> merged(List<FieldError> unparsable, List<FieldError> rules) {
        Set<String> taken = unparsable.stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> all = new ArrayList<>(unparsable);
        rules.stream().filter(e -> !taken.contains(e.field())).forEach(all::add);
        return all;
    }
}
