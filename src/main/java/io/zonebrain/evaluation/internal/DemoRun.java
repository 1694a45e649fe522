package io.zonebrain.evaluation.internal;

import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.DemoZoneCreated;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo zone gets a published run of the Linping demo scheme over 2022 data, so there is a 公示 list, a grade
 * distribution and an enterprise's own result to look at. After the indicators demo (order 200) has written the
 * annual figures; synchronous, not a job, because the whole demo must exist when start-up ends.
 */
@Component
class DemoRun {

    static final String SCHEME = "linping-demo-2022";
    static final int YEAR = 2022;

    private final SchemeStore schemes;
    private final RunInputs inputs;
    private final RunExecution execution;
    private final RunStore runs;
    private final AuditTrail audit;
    private final ObjectionWindow window;

    DemoRun(SchemeStore schemes, RunInputs inputs, RunExecution execution, RunStore runs, AuditTrail audit,
            ObjectionWindow window) {
        this.schemes = schemes;
        this.inputs = inputs;
        this.execution = execution;
        this.runs = runs;
        this.audit = audit;
        this.window = window;
    }

    @EventListener
    @Order(300)
    @Transactional
    void on(DemoZoneCreated event) {
        var scheme = schemes.latestInUse(event.zoneId(), SCHEME);
        if (scheme.isEmpty() || inputs.count(event.zoneId(), YEAR) == 0) {
            return; // a zone without the shipped scheme or without 2022 figures has nothing to run
        }
        long runId = execution.run(event.zoneId(), scheme.get(), YEAR, (done, total) -> { });
        if (runs.publish(runId, "system", window.deadlineForPublicationToday())) {
            audit.record("evaluation_run", runId, "PUBLISH", "DRAFT", "PUBLISHED", "demo");
        }
    }
}
