package io.zonebrain.platform.web;

import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * problem+json for /api/v1. Messages follow Accept-Language (English when it asks for English, Chinese otherwise)
 * and name each field, and the row for imports.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(1)
class ApiErrorAdvice {

    private final MessageSource messages;

    ApiErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e, HttpServletRequest request) {
        Locale locale = apiLocale(request);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("error.validation", null, locale));
        List<Map<String, Object>> errors = e.errors().stream().map(f -> describe(f, locale)).toList();
        p.setProperty("errors", errors);
        return p;
    }

    private Map<String, Object> describe(FieldError f, Locale locale) {
        String fieldLabel = messages.getMessage("field." + f.field(), null, f.field(), locale);
        String text = messages.getMessage(f.messageCode(), f.args().toArray(), f.messageCode(), locale);
        return f.row() > 0
                ? Map.of("row", f.row(), "field", f.field(), "message", fieldLabel + ": " + text)
                : Map.of("field", f.field(), "message", fieldLabel + ": " + text);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail forbidden() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "forbidden");
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail conflict(ConcurrentEditException e, HttpServletRequest request) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("error.concurrentEdit", null, apiLocale(request)));
    }

    static Locale apiLocale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang == null) {
            String header = request.getHeader("Accept-Language");
            lang = header == null ? "zh" : header.strip();
        }
        return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
