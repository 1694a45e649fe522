package io.zonebrain.fashion;

/** A brand as a form or the API gives it. */
public record BrandDraft(String name, String contactName, String contactPhone, String contactEmail, String city) {
}
