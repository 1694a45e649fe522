package io.zonebrain.fashion.allocation;

import java.time.Duration;

/** Told each time the solve finds a better plan: the curve a progress page draws. Called on the solver's thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (elapsed, score) -> {
    };

    void bestScoreImproved(Duration elapsed, ScoreSummary score);
}
