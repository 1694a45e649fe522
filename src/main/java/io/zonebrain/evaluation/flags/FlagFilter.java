package io.zonebrain.evaluation.flags;

/** The list's filters: one flag code, one enterprise, a name or USCC fragment; null means no filter. */
public record FlagFilter(String flag, Long enterpriseId, String query) {

    public static FlagFilter none() {
        return new FlagFilter(null, null, null);
    }

    String likeQuery() {
        return query == null || query.isBlank() ? null
                : "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    String flagOrNull() {
        return flag == null || flag.isBlank() ? null : flag.strip();
    }
}
