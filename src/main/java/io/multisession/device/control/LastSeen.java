package io.multisession.device.control;

import io.multisession.platform.ExpiringMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides when a session's last-seen time and IP are worth writing: at most once per
 * {@code multisession.last-seen.accuracy} per session (drf-jwt-devices' expiration accuracy), or at once when the IP
 * changed, so that a busy client does not cause a write on every request. What was written is remembered for one
 * accuracy window per session, for at most {@link #CAPACITY} sessions at a time; a session forgotten early only costs
 * one write more.
 */
@ApplicationScoped
public class LastSeen {

    static final int CAPACITY = 100_000;

    @Inject
    @ConfigProperty(name = "multisession.last-seen.accuracy")
    Duration accuracy;

    private record Written(Instant at, String ip) {
    }

    private final ExpiringMap<String, Written> written = new ExpiringMap<>(CAPACITY);

    /** A use that was written elsewhere (a refresh writes it with the session), so the next check compares with it. */
    public void written(String sessionId, String ip, Instant at) {
        written.put(sessionId, new Written(at, ip), at.plus(accuracy), at);
    }

    /** Whether this use should be written; if so, it counts as written from now on. */
    public boolean shouldRecord(String sessionId, String ip, Instant now) {
        boolean[] record = {false};
        // the entry expires when its window is over, so only a use within the window from the same IP is skipped
        written.compute(sessionId, now, last -> {
            if (last != null && last.value().ip().equals(ip)) {
                return last;
            }
            record[0] = true;
            return new ExpiringMap.Entry<>(new Written(now, ip), now.plus(accuracy));
        });
        return record[0];
    }
}
