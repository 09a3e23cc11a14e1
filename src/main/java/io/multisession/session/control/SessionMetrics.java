package io.multisession.session.control;

import jakarta.enterprise.context.ApplicationScoped;
import io.multisession.platform.Meters;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The session metrics ({@code /metrics}): logins, refreshes, revocations by reason, purged sessions, refused policy changes, and active
 * sessions by type (counted by the cleanup job, not on scrape). Failures by reason are counted where every failure
 * passes ({@code ProblemMapper}); latency of every endpoint by {@code RequestTimer}.
 */
@ApplicationScoped
public class SessionMetrics {

    @Inject
    Meters meters;

    private final Map<String, Long> activeByType = new ConcurrentHashMap<>();

    public void login() {
        meters.count("multisession_logins");
    }

    public void refresh() {
        meters.count("multisession_refreshes");
    }

    public void revoked(String reason, int sessions) {
        meters.count("multisession_revocations", sessions, Map.of("reason", reason));
    }

    public void policyChangeRejected() {
        meters.count("multisession_policy_rejections");
    }

    public void purged(int sessions) {
        meters.count("multisession_purged_sessions", sessions, Map.of());
    }

    /** Publishes the latest count of active sessions of each type. */
    public void activeSessions(Map<String, Long> counts) {
        counts.forEach((type, count) -> {
            if (activeByType.put(type, count) == null) {
                meters.gauge("multisession_active_sessions", () -> activeByType.getOrDefault(type, 0L),
                        Map.of("type", type));
            }
        });
        activeByType.keySet().stream().filter(type -> !counts.containsKey(type))
                .forEach(type -> activeByType.put(type, 0L));
    }
}
