package io.zonebrain.evaluation.internal;

import io.zonebrain.evaluation.EnterpriseResult;
import io.zonebrain.evaluation.EnterpriseYear;
import io.zonebrain.evaluation.ParcelOccupancy;
import io.zonebrain.evaluation.ScoringKernel;
import io.zonebrain.evaluation.StoredScheme;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A run end to end: read the year's inputs (figures, flags, years operating) and the parcels' occupancy, score and
 * grade them with the kernel under the scheme's leased-premise mode, write the version with the inputs as scored.
 * Reading and scoring happen outside the write transaction so a job's progress rows are visible while it works; the
 * write is one short transaction.
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
        List<ParcelOccupancy> occupancy = inputs.occupancy(zoneId, year);
        int n = read.size();
        progress.accept(n / 3, n);
        ScoringKernel kernel = ScoringKernel.compile(scheme.scheme());
        List<EnterpriseYear> years = read.stream().map(RunInput::year).toList();
        List<EnterpriseResult> results = kernel.score(years, occupancy, ScoringKernel.Mode.FULL);
        progress.accept(2 * n / 3, n);
        long runId = writer.write(zoneId, scheme, year, asScored(read, kernel.asScored(years, occupancy)), results);
        progress.accept(n, n);
        log.info("Evaluation run {} ({} v{}, {}): {} enterprises in {} ms", runId, scheme.code(), scheme.version(),
                year, n, (System.nanoTime() - started) / 1_000_000);
        return runId;
    }

    /** The inputs as the kernel scored them (a lessee's land share where the mode scores lessees on it). */
    private static List<RunInput> asScored(List<RunInput> read, List<EnterpriseYear> scored) {
        List<RunInput> out = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            RunInput in = read.get(i);
            out.add(scored.get(i) == in.year() ? in : new RunInput(scored.get(i), in.name(), in.uscc()));
        }
        return out;
    }

    public static ValidationException noData(int year) {
        return new ValidationException(List.of(FieldError.of("dataYear", "evaluation.run.noData", String.valueOf(year))));
    }

}
