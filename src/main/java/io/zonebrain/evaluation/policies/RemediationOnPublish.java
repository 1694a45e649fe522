package io.zonebrain.evaluation.policies;

import io.zonebrain.evaluation.RunPublished;
import io.zonebrain.evaluation.internal.RunStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Publishing a run opens the remediation cases of its D class, in the publishing transaction. */
@Component
class RemediationOnPublish {

    private final Remediation remediation;
    private final RunStore runs;

    RemediationOnPublish(Remediation remediation, RunStore runs) {
        this.remediation = remediation;
        this.runs = runs;
    }

    @EventListener
    void on(RunPublished event) {
        runs.find(event.zoneId(), event.runId())
                .ifPresent(run -> remediation.open(event.zoneId(), run, "published"));
    }
}
