package io.zonebrain.fashion;

/** A brand or buyer that orders from the cluster (an external customer with its own login). */
public record Brand(long id, long zoneId, String code, String name, String contactName, String contactPhone,
                    String contactEmail, String city, int version) {
}
