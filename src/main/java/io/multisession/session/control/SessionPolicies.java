package io.multisession.session.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The current policy of every session type. Config is re-read at most once per
 * {@code multisession.policy.refresh-interval}, so a change in server config applies without a redeploy; a change
 * that does not parse is refused as a whole, keeping the last good policies, and logged and counted once. What is in
 * force, since when, and the refused change are in {@link #status()}. At start an invalid config fails the
 * deployment instead ({@link #loadOrFail()}).
 */
@ApplicationScoped
public class SessionPolicies {

    /** The selector that names every type, where a request may name several (list, destroy all other). */
    public static final String ALL_TYPES = "ALL";

    private static final Logger LOG = Logger.getLogger(SessionPolicies.class.getName());

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "multisession.policy.refresh-interval")
    Duration refreshInterval;

    @Inject
    SessionMetrics metrics;

    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, SessionPolicy> policies, Instant readAt, Instant appliedAt,
                            Optional<RejectedChange> rejected) {
    }

    /** A change of config that did not parse: why, and since when it has been refused. */
    public record RejectedChange(String error, Instant since) {
    }

    /** The policies in force, when they took effect, when config was last read, and a change refused since. */
    public record Status(Map<String, SessionPolicy> policies, Instant appliedAt, Instant checkedAt,
                         Duration refreshInterval, Optional<RejectedChange> rejectedChange) {
    }

    public void loadOrFail() {
        Instant now = clock.instant();
        snapshot = new Snapshot(read(), now, now, Optional.empty());
    }

    public Status status() {
        current();
        Snapshot current = snapshot;
        return new Status(current.policies(), current.appliedAt(), current.readAt(), refreshInterval,
                current.rejected());
    }

    /** The policy of a type named by a client (any letter case), or {@link UnknownSessionTypeException}. */
    public SessionPolicy policyFor(String type) {
        SessionPolicy policy = current().get(type.toUpperCase(Locale.ROOT));
        if (policy == null) {
            throw new UnknownSessionTypeException(List.copyOf(current().keySet()), false);
        }
        return policy;
    }

    /** The policy of a configured type (exact name), if it is still configured. */
    public Optional<SessionPolicy> find(String type) {
        return Optional.ofNullable(current().get(type));
    }

    /**
     * The types a client's selector names: one type (any letter case), or every configured type for {@code ALL};
     * {@link UnknownSessionTypeException} otherwise.
     */
    public List<String> selectedBy(String selector) {
        String upper = selector.toUpperCase(Locale.ROOT);
        List<String> configured = types();
        if (ALL_TYPES.equals(upper)) {
            return configured;
        }
        if (!configured.contains(upper)) {
            throw new UnknownSessionTypeException(configured, true);
        }
        return List.of(upper);
    }

    /** The configured types, in config order. */
    public List<String> types() {
        return List.copyOf(current().keySet());
    }

    /** The longest access token lifetime of any type: how long a revoked session must stay in memory at most. */
    public Duration longestAccessTokenLifetime() {
        return current().values().stream().map(SessionPolicy::accessTokenLifetime)
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }

    private Map<String, SessionPolicy> current() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null) {
            loadOrFail();
            return snapshot.policies();
        }
        if (now.isAfter(current.readAt().plus(refreshInterval))) {
            reread(now);
        }
        return snapshot.policies();
    }

    /** One thread at a time, so that a refusal is logged once and an older read never replaces a newer one. */
    private synchronized void reread(Instant now) {
        Snapshot current = snapshot;
        if (now.isAfter(current.readAt().plus(refreshInterval))) {
            snapshot = reread(current, now);
        }
    }

    private Snapshot reread(Snapshot current, Instant now) {
        try {
            Map<String, SessionPolicy> read = read();
            // in order too: the types' order is the order of lists and of ALL
            if (read.equals(current.policies()) && List.copyOf(read.keySet()).equals(List.copyOf(current.policies().keySet()))) {
                return new Snapshot(current.policies(), now, current.appliedAt(), Optional.empty());
            }
            LOG.info(() -> "Session policies changed; in force now: " + read.values());
            return new Snapshot(read, now, now, Optional.empty());
        } catch (InvalidPolicyConfigException e) {
            boolean sameAsBefore = current.rejected().map(RejectedChange::error).filter(e.getMessage()::equals).isPresent();
            if (!sameAsBefore) {
                LOG.warning(e.getMessage() + "; keeping the previous session policies");
                metrics.policyChangeRejected();
            }
            RejectedChange rejected = sameAsBefore ? current.rejected().get() : new RejectedChange(e.getMessage(), now);
            return new Snapshot(current.policies(), now, current.appliedAt(), Optional.of(rejected));
        }
    }

    private Map<String, SessionPolicy> read() {
        return new PolicyConfigParser(key -> config.getOptionalValue(key, String.class)).parse();
    }
}
