package io.zonebrain.fashion;

import java.util.List;

/**
 * Why a lot of a version is where it is: sentences as message keys with their arguments, first the verdict (placed
 * at F…, or the hard rule that blocks it), then the details.
 */
public record LotExplanation(String lotKey, boolean placed, List<Sentence> sentences) {

    public record Sentence(String key, List<Object> args) {

        public Object[] argArray() {
            return args.toArray();
        }
    }
}
