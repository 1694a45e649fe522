package io.zonebrain.evaluation.internal;

import io.zonebrain.evaluation.EnterpriseResult;
import io.zonebrain.evaluation.StoredScheme;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.CallerContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one run version and all its results in one transaction with its audit entry: a failure leaves nothing
 * behind, and the version number is taken under a lock so concurrent re-runs get 1, 2, 3.
 */
@Component
public class RunWriter {

    private final RunStore store;
    private final AuditTrail audit;

    RunWriter(RunStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    public long write(long zoneId, StoredScheme scheme, int year, List<RunInput> inputs, List<EnterpriseResult> results) {
        store.lockVersions(zoneId, scheme.code(), year);
        int version = store.nextVersion(zoneId, scheme.code(), year);
        int graded = (int) results.stream().filter(EnterpriseResult::graded).count();
        int invalid = (int) results.stream().filter(r -> !r.problems().isEmpty() || r.cohort() == null).count();
        var traceConstants = StoredTrace.constants(results);
        long runId = store.insertRun(zoneId, scheme.id(), scheme.code(), scheme.version(), year, version,
                results.size(), graded, invalid, CallerContext.actorName(), traceConstants);
        store.insertResults(runId, inputs, results, traceConstants);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scheme", scheme.code() + " v" + scheme.version());
        summary.put("dataYear", year);
        summary.put("version", version);
        summary.put("enterprises", results.size());
        summary.put("graded", graded);
        summary.put("invalid", invalid);
        audit.created("evaluation_run", runId, summary, "evaluation run");
        return runId;
    }
}
