package io.zonebrain.fashion;

import java.util.List;

/**
 * A round while it runs and after: its status, the best score over time (the chart), and the version it wrote.
 * {@code stopRequested} is read from the database (the button may have been pressed on another instance);
 * {@code interruptedAfterSeconds} is set when the JVM running the round died and the round was closed afterwards
 * (with a version from its saved plan, or failed without one); {@code forBrandId} is the brand whose re-solve it is.
 */
public record AllocationProgress(String roundId, String status, String message, String seasonCode, String mode,
                                 int timeLimitSeconds, String startedBy, Long runId, List<Point> points,
                                 boolean stopRequested, Integer interruptedAfterSeconds, Long forBrandId) {

    /** The best plan at {@code elapsedMs}: hard penalty (0 = feasible), lots unplaced, soft penalty in yuan. */
    public record Point(long elapsedMs, long hardPenalty, long unplaced, double softYuan) {
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public boolean interrupted() {
        return interruptedAfterSeconds != null;
    }

    public Point latest() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }
}
