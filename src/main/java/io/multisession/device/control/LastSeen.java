package io.multisession.device.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides when a session's last-seen time and IP are worth writing: at most once per
 * {@code multisession.last-seen.accuracy} per session (drf-jwt-devices' expiration accuracy), or at once when the IP
 * changed, so that a busy client does not cause a write on every request.
 */
@ApplicationScoped
public class LastSeen {

    private static final int PRUNE_EVERY = 4096;

    @Inject
    @ConfigProperty(name = "multisession.last-seen.accuracy", defaultValue = "PT1M")
    Duration accuracy;

    private record Written(Instant at, String ip) {
    }

    private final Map<String, Written> written = new ConcurrentHashMap<>();
    private final AtomicInteger checks = new AtomicInteger();

    /** A use that was written elsewhere (a refresh writes it with the session), so the next check compares with it. */
    public void written(String sessionId, String ip, Instant at) {
        written.put(sessionId, new Written(at, ip));
    }

    /** Whether this use should be written; if so, it counts as written from now on. */
    public boolean shouldRecord(String sessionId, String ip, Instant now) {
        if (checks.incrementAndGet() % PRUNE_EVERY == 0) {
            Instant stale = now.minus(accuracy);
            written.values().removeIf(entry -> entry.at().isBefore(stale));
        }
        boolean[] record = {false};
        written.compute(sessionId, (id, last) -> {
            if (last == null || !last.at().plus(accuracy).isAfter(now) || !last.ip().equals(ip)) {
                record[0] = true;
                return new Written(now, ip);
            }
            return last;
        });
        return record[0];
    }
}
