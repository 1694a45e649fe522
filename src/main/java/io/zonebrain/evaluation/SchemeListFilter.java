package io.zonebrain.evaluation;

/**
 * What the scheme list is narrowed to: a text found in the code, name, owner or 文号; a status; a data year. Each
 * left empty (null) narrows nothing.
 */
public record SchemeListFilter(String text, StoredScheme.Status status, Integer dataYear) {

    public SchemeListFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static SchemeListFilter none() {
        return new SchemeListFilter(null, null, null);
    }
}
