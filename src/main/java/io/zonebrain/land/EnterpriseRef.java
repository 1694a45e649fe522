package io.zonebrain.land;

/** An enterprise as the land pages name it: its id, USCC and name, as the registry publishes them. */
public record EnterpriseRef(long id, String uscc, String name) {
}
