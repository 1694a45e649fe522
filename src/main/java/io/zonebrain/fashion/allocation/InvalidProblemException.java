package io.zonebrain.fashion.allocation;

import java.util.List;

/** An allocation problem the engine refuses to solve; {@link #issues()} lists every problem found, each naming the item. */
public class InvalidProblemException extends IllegalArgumentException {

    private final List<String> issues;

    public InvalidProblemException(List<String> issues) {
        super(String.join("; ", issues));
        this.issues = List.copyOf(issues);
    }

    public List<String> issues() {
        return issues;
    }
}
