package io.multisession.session.control;

import io.multisession.audit.control.AuditLog;
import io.multisession.audit.control.Audited;
import io.multisession.session.entity.LoginSession;
import io.multisession.session.entity.RevocationReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Ends sessions before their time: each row is marked revoked with its reason and audited, and one
 * {@link SessionsRevoked} event tells the in-memory views (after the commit) until when their access tokens must be
 * refused.
 */
@ApplicationScoped
public class SessionRevoker {

    @Inject
    SessionPolicies policies;

    @Inject
    AuditLog audit;

    @Inject
    SessionMetrics metrics;

    @Inject
    Event<SessionsRevoked> revocations;

    /** @param actor who ended them: the owner, an admin, or {@code null} when the service itself did */
    public void end(List<LoginSession> sessions, RevocationReason reason, Instant now, String actor) {
        if (sessions.isEmpty()) {
            return;
        }
        for (LoginSession session : sessions) {
            session.revoke(now, reason);
            audit.record(Audited.sessionEnded(actor, session.owner(), session.id(), reason.name()));
        }
        revocations.fire(new SessionsRevoked(sessions.stream()
                        .map(session -> new SessionsRevoked.EndedSession(session.id(), session.owner())).toList(),
                now.plus(policies.longestAccessTokenLifetime())));
        metrics.revoked(reason.name(), sessions.size());
    }
}
