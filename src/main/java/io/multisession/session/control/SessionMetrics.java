package io.multisession.session.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The session metrics ({@code /metrics}): logins, refreshes, revocations by reason, purged sessions, and active
 * sessions by type (counted by the cleanup job, not on scrape). Failures by reason are counted where every failure
 * passes ({@code ProblemMapper}); latency by {@code @Timed} on the resources.
 */
@ApplicationScoped
public class SessionMetrics {

    @Inject
    MetricRegistry registry;

    private final Map<String, Long> activeByType = new ConcurrentHashMap<>();

    public void login() {
        registry.counter("multisession_logins").inc();
    }

    public void refresh() {
        registry.counter("multisession_refreshes").inc();
    }

    public void revoked(String reason, int sessions) {
        registry.counter("multisession_revocations", new Tag("reason", reason)).inc(sessions);
    }

    public void purged(int sessions) {
        registry.counter("multisession_purged_sessions").inc(sessions);
    }

    /** Publishes the latest count of active sessions of each type. */
    public void activeSessions(Map<String, Long> counts) {
        counts.forEach((type, count) -> {
            if (activeByType.put(type, count) == null) {
                registry.gauge("multisession_active_sessions", () -> activeByType.getOrDefault(type, 0L),
                        new Tag("type", type));
            }
        });
        activeByType.keySet().stream().filter(type -> !counts.containsKey(type))
                .forEach(type -> activeByType.put(type, 0L));
    }
}
