package io.zonebrain.evaluation.internal;

import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.SchemeRules;
import io.zonebrain.evaluation.StoredScheme;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.ZoneCreated;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every new zone starts with the shipped schemes as version 1, in use: the 黄岩 reference (to check the engine
 * against published arithmetic), the 临平 demo scheme and a 温岭-style reference for leased premises (per-tenant
 * deduction). Per zone, on ZoneCreated, because schemes belong to a zone like its code lists; a zone edits them by
 * making new versions.
 */
@Component
class ShippedSchemes {

    static final List<String> CODES = List.of("reference-huangyan-2022", "linping-demo-2022",
            "reference-wenling-tenants");

    private final SchemeStore store;
    private final AuditTrail audit;
    private final JsonMapper json;

    ShippedSchemes(SchemeStore store, AuditTrail audit, JsonMapper json) {
        this.store = store;
        this.audit = audit;
        this.json = json;
    }

    @EventListener
    void on(ZoneCreated event) {
        for (String code : CODES) {
            if (store.latest(event.zoneId(), code).isPresent()) {
                continue;
            }
            Scheme scheme = read(code).withVersion(1);
            if (!SchemeRules.check(scheme).isEmpty()) {
                throw new IllegalStateException("shipped scheme " + code + " is invalid: " + SchemeRules.check(scheme));
            }
            long id = store.insert(event.zoneId(), scheme, StoredScheme.Status.IN_USE, "system");
            audit.created("evaluation_scheme", id, scheme, "shipped scheme");
        }
    }

    private Scheme read(String code) {
        try (InputStream in = getClass().getResourceAsStream("/evaluation/schemes/" + code + ".json")) {
            return json.readValue(in, Scheme.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
