package io.zonebrain.fashion.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zonebrain.fashion.allocation.gap.GapAdapter;
import io.zonebrain.fashion.allocation.gap.GapInstance;
import io.zonebrain.fashion.allocation.gap.GapReader;
import io.zonebrain.fashion.allocation.gap.Sense;

/** The benchmark's smallest problem through the whole engine, in both senses, to its proven optimum. */
class GapOnTheEngineTest {

    private final AllocationEngine engine = new AllocationEngine();

    static GapInstance c515(int index) throws IOException {
        try (InputStream in = GapOnTheEngineTest.class.getResourceAsStream("/gap/gap1.txt")) {
            return GapReader.read("gap1.txt", new String(in.readAllBytes(), StandardCharsets.US_ASCII)).get(index - 1);
        }
    }

    @Test
    void firstProblemOfGap1ReachesItsOptimumInBothSenses() throws IOException {
        GapInstance gap = c515(1);
        assertThat(solve(gap, Sense.MAX)).isEqualTo(336);
        assertThat(solve(gap, Sense.MIN)).isEqualTo(261);
    }

    @Test
    void progressIsReportedAndTheLastReportIsTheResult() throws IOException {
        GapInstance gap = c515(2);
        List<ScoreSummary> reports = new ArrayList<>();
        AllocationResult result = engine.solve(GapAdapter.toProblem(gap, Sense.MIN),
                SolveLimits.of(Duration.ofSeconds(1)), (elapsed, score) -> reports.add(score));
        assertThat(reports).isNotEmpty();
        assertThat(reports.get(reports.size() - 1)).isEqualTo(result.score());
        assertThat(result.score().feasible()).isTrue();
        assertThat(result.score().unplacedLots()).isZero();
        assertThat(result.spent()).isLessThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(result.stopped()).isFalse();
    }

    private long solve(GapInstance gap, Sense sense) {
        AllocationResult result = engine.solve(GapAdapter.toProblem(gap, sense), SolveLimits.of(Duration.ofSeconds(3)),
                ProgressListener.NONE);
        GapAdapter.Evaluation evaluation = GapAdapter.evaluate(gap, GapAdapter.assignment(gap, result));
        assertThat(evaluation.feasible()).isTrue();
        assertThat(result.score().feasible()).isTrue();
        return evaluation.value();
    }
}
