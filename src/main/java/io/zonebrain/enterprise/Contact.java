package io.zonebrain.enterprise;

/** A person at the enterprise; one may be its chief data officer (首席数据官). */
public record Contact(String name, String position, String phone, String email, boolean chiefDataOfficer) {
}
