package io.zonebrain.land.internal.importing;

import io.zonebrain.land.LandUse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Land uses as a workbook writes them: the label in the reader's language on export; on import the code or the
 * label in either language, so a Chinese export imports on an English page and the other way round.
 */
@Component
public class LandUseLabels {

    private final MessageSource messages;
    /** Text → code, built on first use: the labels come from the bundles, which do not change while running. */
    private volatile Map<String, String> known;

    LandUseLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String code, Locale locale) {
        return code == null ? null : messages.getMessage("land.use." + code, null, code, locale);
    }

    Optional<String> code(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (known == null) {
            Map<String, String> all = new HashMap<>();
            for (LandUse u : LandUse.values()) {
                all.put(u.code(), u.code());
                all.put(normal(label(u.code(), Locale.SIMPLIFIED_CHINESE)), u.code());
                all.put(normal(label(u.code(), Locale.ENGLISH)), u.code());
            }
            known = Map.copyOf(all);
        }
        return Optional.ofNullable(known.get(normal(text)));
    }

    private static String normal(String s) {
        return s.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }
}
