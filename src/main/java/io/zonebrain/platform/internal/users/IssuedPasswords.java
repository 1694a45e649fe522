package io.zonebrain.platform.internal.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The passwords an import generated, held in this server's memory only until the admin who imported opens the
 * import's page once (or an hour passes): they are never written to the database, the job's message or the log,
 * as the one-time password of the create form is never stored. The cost: with several servers the page must be
 * opened on the one that ran the import, and a restart in between loses them (then reset those passwords).
 */
@Component
class IssuedPasswords {

    static final Duration KEPT_FOR = Duration.ofHours(1);

    private final Map<Long, Batch> byImport = new ConcurrentHashMap<>();
    private final Clock clock;

    IssuedPasswords(Clock clock) {
        this.clock = clock;
    }

    private record Batch(String owner, Instant until, List<IssuedPassword> issued) {
    }

    void hold(long importId, String owner, List<IssuedPassword> issued) {
        forgetExpired();
        byImport.put(importId, new Batch(owner, clock.instant().plus(KEPT_FOR), List.copyOf(issued)));
    }

    /** The import's passwords, handed out once and forgotten; empty for anyone but the importer, or later. */
    Optional<List<IssuedPassword>> take(long importId, String owner) {
        forgetExpired();
        Batch batch = byImport.get(importId);
        if (batch == null || !batch.owner().equals(owner) || !byImport.remove(importId, batch)) {
            return Optional.empty();
        }
        return Optional.of(batch.issued());
    }

    /** How many passwords wait for the importer, without handing them out (the page offers how to take them). */
    int waiting(long importId, String owner) {
        forgetExpired();
        Batch batch = byImport.get(importId);
        return batch == null || !batch.owner().equals(owner) ? 0 : batch.issued().size();
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        byImport.values().removeIf(b -> b.until().isBefore(now));
    }
}
