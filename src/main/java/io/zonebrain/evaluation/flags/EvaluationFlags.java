package io.zonebrain.evaluation.flags;

import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags per enterprise and data year (安全事故, 重大项目, 新上规 …) that the schemes' adjustments and overrides read.
 * Everyone reads within their data scope (a grid officer their grid, an enterprise user only its own flags);
 * only zone-wide officials set and remove them, each with a reason in the audit log. Runs read the flags when they
 * score, so a change after a run affects the next run, never a stored one.
 */
@Service
public class EvaluationFlags {

    static final int NOTE_MAX = 2000;

    private final FlagStore store;
    private final FlagCatalogue catalogue;
    private final AuditTrail audit;

    EvaluationFlags(FlagStore store, FlagCatalogue catalogue, AuditTrail audit) {
        this.store = store;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** The year's flags within the caller's scope; asking for an enterprise outside it is "not found". */
    public List<EvaluationFlag> list(int year, FlagFilter filter) {
        CurrentUser me = CallerContext.require();
        FlagFilter f = filter == null ? FlagFilter.none() : filter;
        if (f.enterpriseId() != null && store.firm(me.dataScope(), f.enterpriseId()).isEmpty()) {
            throw new NotFoundException("enterprise " + f.enterpriseId());
        }
        return store.list(me.dataScope(), year, f);
    }

    /** The codes the caller's zone may set, shipped ones first. */
    public List<String> allowedCodes() {
        return catalogue.allowed(CallerContext.require().zoneId());
    }

    public boolean canChange() {
        return CallerContext.find().map(EvaluationFlags::zoneWide).orElse(false);
    }

    @Transactional
    public EvaluationFlag add(FlagDraft draft) {
        CurrentUser me = requireZoneWide();
        List<FieldError> errors = new ArrayList<>();
        Integer year = draft.year();
        if (year == null || year < 2000 || year > 2100) {
            errors.add(FieldError.of("flagYear", "flags.badYear"));
        }
        String flag = draft.flag() == null ? "" : draft.flag().strip();
        checkCode(flag, catalogue.allowed(me.zoneId()), errors);
        String note = blankToNull(draft.note());
        if (note != null && note.length() > NOTE_MAX) {
            errors.add(FieldError.of("flagNote", "flags.noteTooLong", String.valueOf(NOTE_MAX)));
        }
        if (blankToNull(draft.reason()) == null) {
            errors.add(FieldError.of("reason", "flags.reasonRequired"));
        }
        FlagStore.Firm firm = firm(me, draft, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = store.insert(me.zoneId(), year, firm.id(), flag, note, me.username())
                .orElseThrow(() -> new ValidationException(List.of(FieldError.of("flagCode", "flags.alreadySet",
                        flag, firm.name(), String.valueOf(year)))));
        EvaluationFlag created = store.find(me.zoneId(), id).orElseThrow();
        audit.created("evaluation_flag", id, snapshot(created), draft.reason());
        return created;
    }

    @Transactional
    public void remove(long id, String reason) {
        CurrentUser me = requireZoneWide();
        EvaluationFlag flag = store.find(me.zoneId(), id).orElseThrow(() -> new NotFoundException("flag " + id));
        if (blankToNull(reason) == null) {
            throw new ValidationException(List.of(FieldError.of("reason", "flags.reasonRequired")));
        }
        if (store.delete(me.zoneId(), id)) {
            audit.deleted("evaluation_flag", id, snapshot(flag), reason);
        }
    }

    /** Writes one checked import row: a new flag, or a changed note on one already set. True when it changed. */
    boolean upsert(CurrentUser me, int year, long enterpriseId, String flag, String note, String reason) {
        var existing = store.find(me.zoneId(), year, enterpriseId, flag);
        if (existing.isPresent()) {
            EvaluationFlag before = existing.get();
            if (java.util.Objects.equals(before.note(), note) || note == null) {
                return false;
            }
            store.updateNote(before.id(), note);
            Map<String, Object> after = snapshot(before);
            after.put("note", note);
            audit.changed("evaluation_flag", before.id(), snapshot(before), after, reason);
            return true;
        }
        long id = store.insert(me.zoneId(), year, enterpriseId, flag, note, me.username()).orElseThrow();
        audit.created("evaluation_flag", id, snapshot(store.find(me.zoneId(), id).orElseThrow()), reason);
        return true;
    }

    static void checkCode(String flag, List<String> allowed, List<FieldError> errors) {
        if (flag.isEmpty()) {
            errors.add(FieldError.of("flagCode", "flags.codeRequired"));
        } else if (flag.equals(FlagCodes.UNDER_TWO_YEARS)) {
            errors.add(FieldError.of("flagCode", "flags.derived", flag));
        } else if (!allowed.contains(flag)) {
            errors.add(FieldError.of("flagCode", "flags.unknownFlag", flag));
        }
    }

    private FlagStore.Firm firm(CurrentUser me, FlagDraft draft, List<FieldError> errors) {
        if (draft.enterpriseId() != null) {
            return store.firm(me.dataScope(), draft.enterpriseId())
                    .orElseThrow(() -> new NotFoundException("enterprise " + draft.enterpriseId()));
        }
        String uscc = blankToNull(draft.uscc());
        if (uscc == null) {
            errors.add(FieldError.of("uscc", "flags.enterpriseRequired"));
            return null;
        }
        FlagStore.Firm firm = store.byUscc(me.dataScope(), List.of(uscc.toUpperCase(java.util.Locale.ROOT)))
                .get(uscc.toUpperCase(java.util.Locale.ROOT));
        if (firm == null) {
            errors.add(FieldError.of("uscc", "flags.unknownUscc", uscc));
        }
        return firm;
    }

    static Map<String, Object> snapshot(EvaluationFlag f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataYear", f.dataYear());
        m.put("enterpriseId", f.enterpriseId());
        m.put("uscc", f.uscc());
        m.put("flag", f.flag());
        m.put("note", f.note());
        return m;
    }

    static CurrentUser requireZoneWide() {
        CurrentUser me = CallerContext.require();
        if (!zoneWide(me)) {
            throw new AccessDeniedException("only zone-wide officials change flags");
        }
        return me;
    }

    private static boolean zoneWide(CurrentUser me) {
        return me.isOfficial() && me.gridId() == null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
