package io.zonebrain.evaluation.internal;

import io.zonebrain.evaluation.EnterpriseResult;
import io.zonebrain.evaluation.ScoringKernel;
import io.zonebrain.evaluation.StoredScheme;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A run end to end: read the year's inputs, score and grade them with the kernel, write the version. Reading and
 * scoring happen outside the write transaction so a job's progress rows are visible while it works; the write is
 * one short transaction.
 */
@Component
public class RunExecution {

    private static final Logger log = LoggerFactory.getLogger(RunExecution.class);

    private final RunInputs inputs;
    private final RunWriter writer;

    RunExecution(RunInputs inputs, RunWriter writer) {
        this.inputs = inputs;
        this.writer = writer;
    }

    /** Runs and returns the new run's id; {@code progress} gets (done, total) at each step. */
    public long run(long zoneId, StoredScheme scheme, int year, BiConsumer<Integer, Integer> progress) {
        long started = System.nanoTime();
        List<RunInput> read = inputs.read(zoneId, year);
        if (read.isEmpty()) {
            throw noData(year);
        }
        int n = read.size();
        progress.accept(n / 3, n);
        List<EnterpriseResult> results = ScoringKernel.compile(scheme.scheme())
                .score(read.stream().map(RunInput::year).toList(), ScoringKernel.Mode.FULL);
        progress.accept(2 * n / 3, n);
        long runId = writer.write(zoneId, scheme, year, read, results);
        progress.accept(n, n);
        log.info("Evaluation run {} ({} v{}, {}): {} enterprises in {} ms", runId, scheme.code(), scheme.version(),
                year, n, (System.nanoTime() - started) / 1_000_000);
        return runId;
    }

    public static ValidationException noData(int year) {
        return new ValidationException(List.of(FieldError.of("dataYear", "evaluation.run.noData", String.valueOf(year))));
    }

}
