package io.zonebrain.fashion;

import java.util.List;

/**
 * A round while it runs and after: its status, the best score over time (the chart), and the version it wrote.
 * {@code lots} is the problem's size once built; {@code unplaced} the latest best plan's count.
 */
public record AllocationProgress(String roundId, String status, String message, String seasonCode, String mode,
                                 int timeLimitSeconds, String startedBy, Long runId, List<Point> points,
                                 boolean stopRequested) {

    /** The best plan at {@code elapsedMs}: hard penalty (0 = feasible), lots unplaced, soft penalty in yuan. */
    public record Point(long elapsedMs, long hardPenalty, long unplaced, double softYuan) {
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public Point latest() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }
}
