package io.zonebrain.fashion.allocation;

import java.util.Optional;
import java.util.function.Supplier;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** A solve running on its own thread: {@link #stop()} is the stop button, {@link #result()} waits for the plan. */
public final class AllocationSolve {

    private final CompletableFuture<AllocationResult> result;
    private final Runnable stopper;
    private final Supplier<Optional<AllocationSnapshot>> snapshot;

    AllocationSolve(CompletableFuture<AllocationResult> result, Runnable stopper,
                    Supplier<Optional<AllocationSnapshot>> snapshot) {
        this.result = result;
        this.stopper = stopper;
        this.snapshot = snapshot;
    }

    /**
     * The best plan found so far (empty before the first one), while the solve runs: what a round saves now and
     * then so that a server restart keeps it. Cheap (a copy of each lot's placement), but not free: call it at most
     * every few seconds.
     */
    public Optional<AllocationSnapshot> bestSoFar() {
        return snapshot.get();
    }

    /** Asks the solve to stop; it then returns the best plan found so far, marked as stopped. */
    public void stop() {
        stopper.run();
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** Waits for the solve to end and returns its plan; rethrows what made it fail. */
    public AllocationResult result() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("interrupted while waiting for the allocation", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
