package io.multisession.session.control;

import io.multisession.platform.MicroProfileMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The session metrics ({@code /metrics}): logins, refreshes, revocations by reason, purged sessions, and active
 * sessions by type (counted by the cleanup job, not on scrape). Failures by reason are counted where every failure
 * passes ({@code ProblemMapper}); latency by {@code @Timed} on the resources. Off where the server has no
 * MicroProfile Metrics ({@link MicroProfileMetrics}).
 */
@ApplicationScoped
public class SessionMetrics {

    @Inject
    Instance<MicroProfileMetrics> metrics;

    private final Map<String, Long> activeByType = new ConcurrentHashMap<>();

    public void login() {
        count("multisession_logins", 1);
    }

    public void refresh() {
        count("multisession_refreshes", 1);
    }

    public void revoked(String reason, int sessions) {
        count("multisession_revocations", sessions, "reason", reason);
    }

    public void purged(int sessions) {
        count("multisession_purged_sessions", sessions);
    }

    /** Publishes the latest count of active sessions of each type. */
    public void activeSessions(Map<String, Long> counts) {
        counts.forEach((type, count) -> {
            MicroProfileMetrics registry = metrics.isResolvable() ? metrics.get() : null;
            if (activeByType.put(type, count) == null && registry != null) {
                registry.gauge("multisession_active_sessions", () -> activeByType.getOrDefault(type, 0L),
                        "type", type);
            }
        });
        activeByType.keySet().stream().filter(type -> !counts.containsKey(type))
                .forEach(type -> activeByType.put(type, 0L));
    }

    private void count(String name, long amount, String... tags) {
        MicroProfileMetrics registry = metrics.isResolvable() ? metrics.get() : null;
        if (registry != null) {
            registry.count(name, amount, tags);
        }
    }
}
