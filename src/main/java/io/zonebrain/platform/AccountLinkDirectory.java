package io.zonebrain.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How platform names the party an account acts for without knowing the modules that own it: an ENTERPRISE login by
 * its enterprise's USCC, a FACTORY or BRAND login by the factory's or brand's code. The module that owns the party
 * implements this (enterprise: USCC; fashion: factory and brand codes); platform collects every implementation and
 * asks the one whose {@link #kinds()} holds the kind. Used by the user list's Excel export and import, where people
 * write codes, never database ids. Always within one zone: a code of another zone is simply not found.
 */
public interface AccountLinkDirectory {

    /** The kinds of party an account can be linked to. */
    enum LinkKind {
        ENTERPRISE, FACTORY, BRAND;

        /** The kind of party an account of this role must be linked to, if any. */
        public static Optional<LinkKind> of(Role role) {
            return switch (role) {
                case ENTERPRISE -> Optional.of(ENTERPRISE);
                case FACTORY -> Optional.of(FACTORY);
                case BRAND -> Optional.of(BRAND);
                case ZONE_ADMIN, OFFICER, CLUSTER_OPERATOR -> Optional.empty();
            };
        }
    }

    /** The kinds this directory answers for. */
    Set<LinkKind> kinds();

    /** The ids of the zone's parties with these codes; codes not found are absent from the map. */
    Map<String, Long> ids(long zoneId, LinkKind kind, Collection<String> codes);

    /** The codes of the zone's parties with these ids; ids not found are absent from the map. */
    Map<Long, String> codes(long zoneId, LinkKind kind, Collection<Long> ids);

    default Optional<Long> find(long zoneId, LinkKind kind, String code) {
        return Optional.ofNullable(ids(zoneId, kind, List.of(code)).get(code));
    }

    default Optional<String> code(long zoneId, LinkKind kind, long id) {
        return Optional.ofNullable(codes(zoneId, kind, List.of(id)).get(id));
    }
}
