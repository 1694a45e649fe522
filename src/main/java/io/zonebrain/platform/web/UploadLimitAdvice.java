package io.zonebrain.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload above the server's multipart limit fails before any controller runs; instead of a raw error page the
 * user reads that the file is too large. Deliberately without selectors: with no handler chosen yet, only such
 * advice is consulted. Forms that upload put the CSRF token in their URL, so the request gets this far.
 */
@ControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        response.setStatus(413);
        model.addAttribute("status", 413);
        model.addAttribute("messageKey", "excel.upload.tooLarge");
        return "platform/error";
    }
}
