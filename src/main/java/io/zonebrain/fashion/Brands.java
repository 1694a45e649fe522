package io.zonebrain.fashion;

import io.zonebrain.fashion.internal.BrandStore;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.Paged;
import io.zonebrain.platform.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Brands and buyers. The operator registers them; a brand keeps its own contact details. */
@Service
public class Brands {

    public static final String AUDIT_TYPE = "fashion_brand";
    private static final Pattern FORBIDDEN = Pattern.compile("[<>\";=\\\\]|--");

    private final BrandStore store;
    private final AuditTrail audit;

    Brands(BrandStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    public Paged<BrandSummary> list(String q, int page, int size) {
        FashionCaller me = FashionCaller.current().requireOverview();
        return store.list(me.zoneId(), q, Math.max(0, page), Math.max(1, Math.min(size, 500)));
    }

    public List<Brand> all() {
        return store.all(FashionCaller.current().requireOverview().zoneId());
    }

    public Brand get(long id) {
        FashionCaller me = FashionCaller.current().requireReader();
        if (!me.seesBrand(id)) {
            throw new NotFoundException("brand " + id);
        }
        return store.find(me.zoneId(), id).orElseThrow(() -> new NotFoundException("brand " + id));
    }

    @Transactional
    public Brand create(BrandDraft raw, String reason) {
        FashionCaller me = FashionCaller.current().requireOperator();
        BrandDraft d = normalise(raw);
        check(d);
        long id = store.insert(me.zoneId(), d);
        Brand created = store.find(me.zoneId(), id).orElseThrow();
        audit.created(AUDIT_TYPE, id, created, reason);
        return created;
    }

    @Transactional
    public Brand update(long id, int version, BrandDraft raw, String reason) {
        FashionCaller me = FashionCaller.current().requireParticipant();
        Brand before = get(id);
        if (!me.editsBrand(id)) {
            throw new AccessDeniedException("brand " + id + " is read-only for " + me.username());
        }
        BrandDraft d = normalise(raw);
        check(d);
        if (!store.update(id, version, d)) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        Brand after = store.find(me.zoneId(), id).orElseThrow();
        audit.changed(AUDIT_TYPE, id, before, after, reason);
        return after;
    }

    private static void check(BrandDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.name() == null) {
            errors.add(FieldError.of("brand.name", "validation.required"));
        } else if (d.name().length() > 200) {
            errors.add(FieldError.of("brand.name", "validation.tooLong", 200, d.name().length()));
        } else if (FORBIDDEN.matcher(d.name()).find()) {
            errors.add(FieldError.of("brand.name", "validation.text.chars"));
        }
        if (d.contactName() != null && (d.contactName().length() > 100 || FORBIDDEN.matcher(d.contactName()).find())) {
            errors.add(FieldError.of("brand.contactName", "validation.text.chars"));
        }
        if (d.contactPhone() != null && !d.contactPhone().matches("[0-9+()\\- ]{5,40}")) {
            errors.add(FieldError.of("brand.contactPhone", "validation.phone", d.contactPhone()));
        }
        if (d.contactEmail() != null && !d.contactEmail().matches("[^@\\s]{1,100}@[^@\\s]+\\.[^@\\s]{1,60}")) {
            errors.add(FieldError.of("brand.contactEmail", "validation.email", d.contactEmail()));
        }
        if (d.city() != null && (d.city().length() > 100 || FORBIDDEN.matcher(d.city()).find())) {
            errors.add(FieldError.of("brand.city", "validation.text.chars"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static BrandDraft normalise(BrandDraft d) {
        return new BrandDraft(trim(d.name()), trim(d.contactName()), trim(d.contactPhone()), trim(d.contactEmail()),
                trim(d.city()));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
