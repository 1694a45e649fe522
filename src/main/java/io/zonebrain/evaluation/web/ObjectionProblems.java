package io.zonebrain.evaluation.web;

import io.zonebrain.platform.ValidationException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A rejected objection or decision as the sentences a page shows: "field: message", in the page's language. */
final class ObjectionProblems {

    private ObjectionProblems() {
    }

    static List<String> of(ValidationException e, MessageSource messages, Locale locale) {
        return e.errors().stream().map(f -> messages.getMessage("field." + f.field(), null, f.field(), locale) + ": "
                + messages.getMessage(f.messageCode(), f.args().toArray(), locale)).toList();
    }
}
