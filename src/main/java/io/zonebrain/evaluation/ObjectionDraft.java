package io.zonebrain.evaluation;

import java.util.List;

/** What an enterprise files: a reason (required), contested indicator codes, evidence text, an optional file. */
public record ObjectionDraft(String reason, List<String> indicators, String evidenceText, Evidence file) {

    /** An uploaded evidence file; at most {@link Objections#MAX_EVIDENCE_BYTES}. */
    public record Evidence(String name, String contentType, byte[] bytes) {
    }
}
