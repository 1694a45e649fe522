package io.zonebrain.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scheme files (.json): the same JSON the API speaks, pretty-printed in UTF-8 without empty (null) entries, so an
 * officer can keep, mail, diff and bring back a version. Reading is strict: a file larger than 1 MB, not JSON, or
 * not shaped like a scheme (an unknown key such as a misspelt "benchmarks", text where a number belongs) is refused
 * with the place it went wrong, instead of silently dropping what it could not understand.
 */
@Component
public class SchemeFiles {

    /** Real schemes are a few kilobytes; a megabyte leaves room for long notes and many cohorts. */
    public static final int MAX_BYTES = 1024 * 1024;

    private final JsonMapper strict;
    private final JsonMapper pretty;

    public SchemeFiles(JsonMapper json) {
        this.strict = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        this.pretty = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT)
                .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL)).build();
    }

    public byte[] write(Scheme scheme) {
        return pretty.writeValueAsBytes(scheme);
    }

    public static String fileName(String code, int version) {
        return code + "-v" + version + ".json";
    }

    /** @throws ValidationException naming the file, or the place in it, that could not be read as a scheme */
    public Scheme read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw problem("file", "schemes.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw problem("file", "schemes.file.tooLarge", MAX_BYTES / 1024, (bytes.length + 1023) / 1024);
        }
        try {
            Scheme scheme = strict.readValue(bytes, Scheme.class);
            if (scheme == null) {
                throw problem("file", "schemes.file.notAScheme");
            }
            return scheme;
        } catch (StreamReadException e) {
            var at = e.getLocation();
            throw problem("file", "schemes.file.notJson", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
        } catch (UnrecognizedPropertyException e) {
            throw new ValidationException(List.of(FieldError.of(path(e), "schemes.file.unknownKey",
                    e.getPropertyName())));
        } catch (InvalidFormatException e) {
            throw new ValidationException(List.of(FieldError.of(path(e), "schemes.file.badValue",
                    String.valueOf(e.getValue()))));
        } catch (JacksonException e) {
            throw new ValidationException(List.of(FieldError.of(path(e), "schemes.file.wrongShape")));
        }
    }

    /** Jackson's place of the problem written as SchemeRules writes it: cohorts[0].indicators[2].weight. */
    static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "file" : out.toString();
    }

    private static ValidationException problem(String field, String code, Object... args) {
        return new ValidationException(List.of(FieldError.of(field, code, args)));
    }
}
