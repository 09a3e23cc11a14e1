package io.multisession.session.control;

import io.multisession.session.entity.LoginSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Whether a new session may start, and which of the user's sessions end first: the type's limit (reject new, or end
 * the least recently updated) and then single-session mode (any {@link SingleSessionRule}, the broadest scope wins).
 * Runs under the owner's lock, so parallel logins see each other's sessions.
 */
@ApplicationScoped
public class SessionAdmission {

    /** Which sessions end before the new one starts, and why. */
    public record Admission(List<LoginSession> endedByLimit, List<LoginSession> endedBySingleSession) {
        static final Admission NOTHING_ENDS = new Admission(List.of(), List.of());
    }

    @Inject
    Instance<SingleSessionRule> singleSessionRules;

    @Inject
    SessionStore store;

    /**
     * Reads only the sessions that can be affected: none for an unlimited type without single-session mode.
     *
     * @throws SessionLimitReachedException when the type rejects new sessions over its limit
     */
    public Admission admit(String owner, List<String> groups, SessionPolicy policy, Instant now) {
        SingleSessionRule.Scope scope = singleSessionRules.stream()
                .map(rule -> rule.scopeFor(owner, Set.copyOf(groups), policy.type()))
                .max(Comparator.naturalOrder()).orElse(SingleSessionRule.Scope.NONE);
        if (!policy.limits(groups) && scope == SingleSessionRule.Scope.NONE) {
            return Admission.NOTHING_ENDS;
        }
        List<LoginSession> candidates = scope == SingleSessionRule.Scope.ALL_TYPES
                ? store.activeOf(owner, now) : store.activeOf(owner, policy.type(), now);
        return decide(policy, groups, scope, candidates);
    }

    /**
     * @param candidates the user's active sessions of the new session's type (or of all types, for
     *                   {@code ALL_TYPES}), least recently updated first
     */
    static Admission decide(SessionPolicy policy, List<String> groups, SingleSessionRule.Scope scope,
                            List<LoginSession> candidates) {
        List<LoginSession> sameType = candidates.stream().filter(s -> s.type().equals(policy.type())).toList();
        SessionLimit.Decision limit = SessionLimit.forNewSession(policy, groups, sameType.size());
        if (!limit.allowed()) {
            throw new SessionLimitReachedException();
        }
        List<LoginSession> byLimit = sameType.subList(0, limit.sessionsToEnd());
        List<LoginSession> bySingleSession = scope == SingleSessionRule.Scope.NONE ? List.of()
                : candidates.stream().filter(session -> !byLimit.contains(session)).toList();
        return new Admission(List.copyOf(byLimit), bySingleSession);
    }
}
