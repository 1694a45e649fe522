package io.zonebrain.evaluation.flags;

/**
 * A flag to set: the data year, the enterprise (by id, or by USCC as officials know it), the flag code, an optional
 * note (accident report number, project list …) and the reason for the audit log (required).
 */
public record FlagDraft(Integer year, Long enterpriseId, String uscc, String flag, String note, String reason) {
}
