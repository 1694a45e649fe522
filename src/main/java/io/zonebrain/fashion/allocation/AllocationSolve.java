package io.zonebrain.fashion.allocation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** A solve running on its own thread: {@link #stop()} is the stop button, {@link #result()} waits for the plan. */
public final class AllocationSolve {

    private final CompletableFuture<AllocationResult> result;
    private final Runnable stopper;

    AllocationSolve(CompletableFuture<AllocationResult> result, Runnable stopper) {
        this.result = result;
        this.stopper = stopper;
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
