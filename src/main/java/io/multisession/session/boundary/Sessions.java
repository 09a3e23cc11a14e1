package io.multisession.session.boundary;

import io.multisession.session.control.ClientSecret;
import io.multisession.session.control.SessionLimit;
import io.multisession.session.control.SessionNotFoundException;
import io.multisession.session.control.SessionPolicies;
import io.multisession.session.control.SessionRevoker;
import io.multisession.session.control.SessionStore;
import io.multisession.session.entity.LoginChannel;
import io.multisession.session.entity.LoginSession;
import io.multisession.session.entity.RevocationReason;
import io.multisession.user.control.AccountChanged;
import io.multisession.user.control.Privileges;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A user's sessions as the user, an admin or an OAuth client ends them, each use case one transaction: list them,
 * end one, end all (but one), end one by token (RFC 7009). Ending a privileged user's sessions needs
 * {@code security-admin} ({@link Privileges}); every lookup is scoped to the owner, so another user's session id is
 * simply not found.
 */
@Stateless
public class Sessions {

    @Inject
    SessionStore store;

    @Inject
    SessionPolicies policies;

    @Inject
    SessionRevoker revoker;

    @Inject
    ClientSecret clientSecret;

    @Inject
    Clock clock;

    /** The owner's active sessions of the selected types (or all), oldest first, with what the limit still allows. */
    public List<SessionGroup> list(String owner, String typeSelector) {
        List<String> types = policies.selectedBy(typeSelector);
        List<LoginSession> active = store.activeOf(owner, clock.instant());
        // the owner's groups as their sessions carry them, for a type's limit-exempt groups
        Set<String> ownerGroups = active.stream().flatMap(session -> session.groups().stream())
                .collect(Collectors.toSet());
        Map<String, List<LoginSession>> byType = active.stream().collect(Collectors.groupingBy(LoginSession::type));
        List<SessionGroup> groups = new ArrayList<>();
        for (String type : types) {
            List<LoginSession> sessions = new ArrayList<>(byType.getOrDefault(type, List.of()));
            sessions.sort(Comparator.comparing(LoginSession::createdAt));
            groups.add(new SessionGroup(type, SessionLimit.available(policies.policyFor(type), ownerGroups,
                    sessions.size()),
                    sessions));
        }
        return groups;
    }

    /** The owner's active sessions that came in through {@code channel}, oldest first. */
    public List<LoginSession> activeThrough(String owner, LoginChannel channel) {
        return store.activeOf(owner, clock.instant()).stream()
                .filter(session -> session.channel() == channel)
                .sorted(Comparator.comparing(LoginSession::createdAt))
                .toList();
    }

    /** The user ends one of their own active sessions that came in through {@code channel}; others are not found. */
    public void destroyThrough(String owner, String sessionId, LoginChannel channel) {
        endOne(owner, sessionId, owner, true, session -> session.channel() == channel);
    }

    /** The user ends one of their own active sessions. */
    public void destroy(String owner, String sessionId) {
        endOne(owner, sessionId, owner, true);
    }

    /** Ends one of {@code owner}'s active sessions for {@code actor}: the owner, or an admin of the right level. */
    public void endOne(String owner, String sessionId, String actor, boolean actorIsSecurityAdmin) {
        endOne(owner, sessionId, actor, actorIsSecurityAdmin, session -> true);
    }

    /** @param which narrows further which of the owner's sessions may be ended; the others are not found */
    private void endOne(String owner, String sessionId, String actor, boolean actorIsSecurityAdmin,
                        Predicate<LoginSession> which) {
        Instant now = clock.instant();
        LoginSession session = store.lockActive(sessionId, now)
                .filter(candidate -> candidate.owner().equals(owner) && which.test(candidate))
                .orElseThrow(SessionNotFoundException::new);
        Privileges.requireMayActOn(session.groups(), actorIsSecurityAdmin);
        revoker.end(List.of(session), RevocationReason.DESTROYED, now, actor);
    }

    /** The user ends their other sessions of the selected types; the session making the request is kept. */
    public void destroyAllOther(String owner, String currentSessionId, String typeSelector) {
        endAll(owner, typeSelector, currentSessionId, RevocationReason.DESTROYED_BY_OTHER_SESSION, owner, true);
    }

    /**
     * Ends all active sessions of {@code owner} of the selected types, except {@code keep}; a privileged user's
     * only for a {@code security-admin}. Returns how many ended.
     */
    public int endAll(String owner, String typeSelector, String keep, RevocationReason reason, String actor,
                      boolean actorIsSecurityAdmin) {
        Set<String> types = Set.copyOf(policies.selectedBy(typeSelector));
        Instant now = clock.instant();
        List<LoginSession> ending = store.lockActiveOf(owner, now).stream()
                .filter(session -> types.contains(session.type()) && !session.id().equals(keep))
                .toList();
        ending.forEach(session -> Privileges.requireMayActOn(session.groups(), actorIsSecurityAdmin));
        revoker.end(ending, reason, now, actor);
        return ending.size();
    }

    /**
     * django-single-session's admin action "log out the selected users": ends every session of each user, in one
     * transaction. A user with a privileged session is skipped, not refused, when the actor is no
     * {@code security-admin}, so one such user in the selection does not stop the others being logged out.
     */
    public UserLogouts logOutUsers(List<String> usernames, String actor, boolean actorIsSecurityAdmin) {
        Instant now = clock.instant();
        List<UserLogouts.LoggedOut> loggedOut = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        // in name order, so two admins logging out overlapping selections lock rows in the same order
        for (String username : new TreeSet<>(usernames)) {
            List<LoginSession> ending = store.lockActiveOf(username, now);
            if (!ending.stream().allMatch(session -> Privileges.mayActOn(session.groups(), actorIsSecurityAdmin))) {
                skipped.add(username);
            } else {
                revoker.end(ending, RevocationReason.DESTROYED, now, actor);
                loggedOut.add(new UserLogouts.LoggedOut(username, ending.size()));
            }
        }
        return new UserLogouts(loggedOut, skipped);
    }

    /** Disabling, deleting or re-passwording an account ends its sessions in the same transaction. */
    public void onAccountChanged(@Observes AccountChanged change) {
        if (change.endSessions()) {
            endAll(change.username(), SessionPolicies.ALL_TYPES, null, RevocationReason.ACCOUNT_CHANGED, change.actor(),
                    true);
        }
    }

    /** RFC 7009 by refresh token: ends its session if it is active, and is silent otherwise. */
    public void revokeByRefreshToken(String refreshToken, Optional<String> secretKey) {
        clientSecret.verify(secretKey);
        Instant now = clock.instant();
        store.lockActiveByRefreshToken(refreshToken, now)
                .ifPresent(session -> revoker.end(List.of(session), RevocationReason.TOKEN_REVOKED, now, null));
    }

    /** RFC 7009 by access token: ends the token's session, silently if it has ended already. */
    public void revokeSession(String sessionId, Optional<String> secretKey) {
        clientSecret.verify(secretKey);
        Instant now = clock.instant();
        store.lockActive(sessionId, now)
                .ifPresent(session -> revoker.end(List.of(session), RevocationReason.TOKEN_REVOKED, now, null));
    }
}
