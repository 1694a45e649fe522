package io.zonebrain.fashion;

import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is asking, as the fashion cluster sees them. The operator (and the zone admin) runs the cluster: sees and
 * changes everything. Officers watch it: they see everything and change nothing. A factory sees its own profile and
 * the lots placed with it; a brand its own orders and their lots. Everyone else (an enterprise user) sees nothing:
 * reads answer "not found", changes "forbidden".
 */
public record FashionCaller(CurrentUser user, Kind kind) {

    public enum Kind { OPERATOR, OFFICIAL, FACTORY, BRAND, NONE }

    public static FashionCaller current() {
        CurrentUser me = CallerContext.require();
        Kind kind = switch (me.role()) {
            case ZONE_ADMIN, CLUSTER_OPERATOR -> Kind.OPERATOR;
            case OFFICER -> Kind.OFFICIAL;
            case FACTORY -> Kind.FACTORY;
            case BRAND -> Kind.BRAND;
            case ENTERPRISE -> Kind.NONE;
        };
        return new FashionCaller(me, kind);
    }

    public long zoneId() {
        return user.zoneId();
    }

    public String username() {
        return user.username();
    }

    /** The operator and officials see the whole virtual group. */
    public boolean seesAll() {
        return kind == Kind.OPERATOR || kind == Kind.OFFICIAL;
    }

    public boolean operates() {
        return kind == Kind.OPERATOR;
    }

    public boolean isFactory() {
        return kind == Kind.FACTORY;
    }

    public boolean isBrand() {
        return kind == Kind.BRAND;
    }

    public Long factoryId() {
        return kind == Kind.FACTORY ? user.factoryId() : null;
    }

    public Long brandId() {
        return kind == Kind.BRAND ? user.brandId() : null;
    }

    /** Reads: anyone with a part in the cluster; the rest are told nothing exists. */
    public FashionCaller requireReader() {
        if (kind == Kind.NONE) {
            throw new NotFoundException("fashion");
        }
        return this;
    }

    /** Changes: people outside the cluster are refused outright (403), before any record is looked up. */
    public FashionCaller requireParticipant() {
        if (kind == Kind.NONE) {
            throw new AccessDeniedException("not a participant of the fashion cluster");
        }
        return this;
    }

    /** Pages and figures about the whole group: the operator and officials. */
    public FashionCaller requireOverview() {
        if (!seesAll()) {
            throw new NotFoundException("fashion overview");
        }
        return this;
    }

    public FashionCaller requireOperator() {
        if (!operates()) {
            throw new AccessDeniedException("only the cluster operator does this");
        }
        return this;
    }

    /** May this caller see the factory with this id? */
    public boolean seesFactory(long factoryId) {
        return seesAll() || (isFactory() && factoryId == user.factoryId());
    }

    /** May this caller change the factory with this id (the operator, or the factory itself)? */
    public boolean editsFactory(long factoryId) {
        return operates() || (isFactory() && factoryId == user.factoryId());
    }

    public boolean seesBrand(long brandId) {
        return seesAll() || (isBrand() && brandId == user.brandId());
    }

    public boolean editsBrand(long brandId) {
        return operates() || (isBrand() && brandId == user.brandId());
    }
}
