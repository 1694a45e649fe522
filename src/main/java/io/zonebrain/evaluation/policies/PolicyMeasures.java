package io.zonebrain.evaluation.policies;

import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures that follow a grade (差别化政策): the zone's effective-dated measures, kept by zone administrators
 * (every addition audited), and which of them apply to one enterprise on a date and why.
 */
@Service
public class PolicyMeasures {

    private final PolicyStore store;
    private final EnterpriseScope scope;
    private final AuditTrail audit;

    PolicyMeasures(PolicyStore store, EnterpriseScope scope, AuditTrail audit) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
    }

    /**
     * The grade comes from the enterprise's latest result published on or before the date; the consecutive years
     * from the published runs of the same scheme code; the measures from those in force on the date.
     */
    public EnterpriseMeasures forEnterprise(long enterpriseId, LocalDate date) {
        CurrentUser me = CallerContext.require();
        scope.require(me, enterpriseId);
        return store.standing(me.zoneId(), enterpriseId, date).map(s -> {
            int years = PolicyArithmetic.consecutiveYears(s.dataYear(), s.grade(),
                    store.gradesByYear(me.zoneId(), enterpriseId, s.schemeCode(), s.dataYear()));
            return new EnterpriseMeasures(enterpriseId, date, s.runId(), s.schemeCode(), s.dataYear(),
                    s.runVersion(), s.grade(), years,
                    PolicyArithmetic.applicable(store.list(me.zoneId()), s.grade(), years, date));
        }).orElse(new EnterpriseMeasures(enterpriseId, date, null, null, null, null, null, 0, List.of()));
    }

    public List<PolicyMeasure> list() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("the zone's measures are for officials");
        }
        return store.list(me.zoneId());
    }

    @Transactional
    public PolicyMeasure add(PolicyDraft draft, String reason) {
        CurrentUser me = CallerContext.require();
        if (me.role() != Role.ZONE_ADMIN) {
            throw new AccessDeniedException("measures are kept by zone administrators");
        }
        List<FieldError> errors = check(draft);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = store.add(me.zoneId(), normalised(draft), CallerContext.actorName());
        PolicyMeasure added = store.find(me.zoneId(), id).orElseThrow();
        audit.created("evaluation_policy_measure", id, added, reason);
        return added;
    }

    /** For the demo zone's seed: written as "system", audited like any addition. */
    void seed(long zoneId, PolicyDraft draft) {
        long id = store.add(zoneId, normalised(draft), "system");
        audit.created("evaluation_policy_measure", id, store.find(zoneId, id).orElseThrow(), "demo");
    }

    private static PolicyDraft normalised(PolicyDraft d) {
        boolean surcharge = d.kind() == PolicyMeasure.Kind.PRICE_SURCHARGE;
        boolean subsidy = d.kind() == PolicyMeasure.Kind.SUBSIDY;
        return new PolicyDraft(d.grade().strip(), d.kind(), surcharge ? d.resource() : null,
                surcharge && d.minConsecutiveYears() != null ? d.minConsecutiveYears() : 1,
                subsidy ? null : d.amount(), !subsidy || d.eligible() == null || d.eligible(),
                subsidy && !Boolean.FALSE.equals(d.eligible()) ? d.priority() : null, d.effectiveFrom(),
                d.effectiveTo(), d.description() == null || d.description().isBlank() ? null : d.description().strip());
    }

    static List<FieldError> check(PolicyDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.grade() == null || d.grade().isBlank() || d.grade().strip().length() > 20) {
            errors.add(FieldError.of("policyGrade", "policies.required"));
        }
        if (d.kind() == null) {
            errors.add(FieldError.of("policyKind", "policies.required"));
        }
        if (d.effectiveFrom() == null) {
            errors.add(FieldError.of("policyFrom", "policies.required"));
        } else if (d.effectiveTo() != null && d.effectiveTo().isBefore(d.effectiveFrom())) {
            errors.add(FieldError.of("policyTo", "policies.toBeforeFrom"));
        }
        if (d.description() != null && d.description().length() > 300) {
            errors.add(FieldError.of("policyDescription", "policies.tooLong", 300));
        }
        if (d.kind() == PolicyMeasure.Kind.PRICE_SURCHARGE) {
            if (d.resource() == null) {
                errors.add(FieldError.of("policyResource", "policies.required"));
            }
            if (d.amount() == null || d.amount().signum() < 0 || d.amount().compareTo(new BigDecimal("100")) > 0) {
                errors.add(FieldError.of("policyAmount", "policies.surchargeAmount"));
            }
            if (d.minConsecutiveYears() != null && (d.minConsecutiveYears() < 1 || d.minConsecutiveYears() > 50)) {
                errors.add(FieldError.of("policyYears", "policies.years"));
            }
        }
        if (d.kind() == PolicyMeasure.Kind.LAND_DEPOSIT && (d.amount() == null || d.amount().signum() < 0
                || d.amount().compareTo(new BigDecimal("100")) > 0)) {
            errors.add(FieldError.of("policyAmount", "policies.percent"));
        }
        if (d.kind() == PolicyMeasure.Kind.SUBSIDY && !Boolean.FALSE.equals(d.eligible())
                && (d.priority() == null || d.priority() < 1 || d.priority() > 9)) {
            errors.add(FieldError.of("policyPriority", "policies.priority"));
        }
        return errors;
    }
}
