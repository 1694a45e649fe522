package io.zonebrain.evaluation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** As the API's error messages: English when asked for, Chinese otherwise. */
final class Locales {

    private Locales() {
    }

    static Locale of(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang == null) {
            String header = request.getHeader("Accept-Language");
            lang = header == null ? "zh" : header.strip();
        }
        return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
