package io.zonebrain.platform.web;

import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Error pages for the web UI; the API gets problem+json from {@link ApiErrorAdvice}. */
@ControllerAdvice(annotations = Controller.class)
@Order(2)
class PageErrorAdvice {

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        model.addAttribute("messageKey", "error.notFound");
        return "platform/error";
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("messageKey", "error.forbidden");
        return "platform/error";
    }

    @ExceptionHandler(ConcurrentEditException.class)
    String conflict(HttpServletResponse response, Model model) {
        response.setStatus(409);
        model.addAttribute("status", 409);
        model.addAttribute("messageKey", "error.concurrentEdit");
        return "platform/error";
    }
}
