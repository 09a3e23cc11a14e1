package io.multisession.tokenmanager.boundary;

import io.multisession.platform.InvalidRequestException;
import io.multisession.session.control.SessionNotFoundException;
import io.multisession.session.control.SessionRevoker;
import io.multisession.session.control.SessionStore;
import io.multisession.session.entity.LoginChannel;
import io.multisession.session.entity.LoginSession;
import io.multisession.session.entity.RevocationReason;
import io.multisession.tokenmanager.control.UnknownTokenException;
import io.multisession.user.control.Privileges;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * django-token-manager's token management: a user sees and deletes their own tokens, an admin (the seed's staff)
 * everyone's, under the two admin levels' rule (a plain admin leaves privileged users' tokens alone). A token is a
 * session that came in through this channel; deleting it ends the session.
 */
@Stateless
public class TokenManagement {

    /** The seed listed without paging; an admin's list of everyone's tokens stops here. */
    static final int MAX_LISTED = 1000;

    @Inject
    SessionStore store;

    @Inject
    SessionRevoker revoker;

    @Inject
    Clock clock;

    /** The caller's tokens; an admin's list holds everyone's, or with {@code user} that user's. */
    public List<LoginSession> list(Caller caller, Optional<String> user) {
        Instant now = clock.instant();
        List<LoginSession> tokens;
        if (caller.admin()) {
            tokens = user.map(name -> store.activeOf(name, now)).orElseGet(() ->
                    store.activeThrough(LoginChannel.TOKEN_MANAGER, now, MAX_LISTED));
        } else {
            boolean ownTokens = user.isEmpty() || user.get().equals(caller.name());
            tokens = ownTokens ? store.activeOf(caller.name(), now) : List.of();
        }
        return tokens.stream().filter(TokenManagement::isToken)
                .sorted(Comparator.comparing(LoginSession::createdAt)).toList();
    }

    public LoginSession find(Caller caller, String id) {
        return store.active(id, clock.instant()).filter(token -> visible(caller, token))
                .orElseThrow(SessionNotFoundException::new);
    }

    public void delete(Caller caller, String id) {
        Instant now = clock.instant();
        LoginSession token = store.lockActive(id, now).filter(candidate -> visible(caller, candidate))
                .orElseThrow(SessionNotFoundException::new);
        end(caller, List.of(token), now);
    }

    /**
     * Deletes the listed tokens but the caller's own current one (the seed removed it from the list silently). An id
     * that names no token is a 404; another user's token, for a user who is no admin, a 400; either way nothing ends.
     */
    public void deleteList(Caller caller, List<String> ids, String currentId) {
        Instant now = clock.instant();
        List<LoginSession> ending = new ArrayList<>();
        for (String id : ids.stream().distinct().sorted().toList()) {
            if (id.equals(currentId)) {
                continue;
            }
            LoginSession token = store.lockActive(id, now).filter(TokenManagement::isToken)
                    .orElseThrow(() -> new UnknownTokenException(id));
            if (!visible(caller, token)) {
                throw new InvalidRequestException("You don't have required permissions to do this operation!");
            }
            ending.add(token);
        }
        end(caller, ending, now);
    }

    private void end(Caller caller, List<LoginSession> tokens, Instant now) {
        tokens.stream().filter(token -> !token.owner().equals(caller.name()))
                .forEach(token -> Privileges.requireMayActOn(token.groups(), caller.securityAdmin()));
        revoker.end(tokens, RevocationReason.DESTROYED, now, caller.name());
    }

    private static boolean visible(Caller caller, LoginSession token) {
        return isToken(token) && (caller.admin() || token.owner().equals(caller.name()));
    }

    private static boolean isToken(LoginSession session) {
        return session.channel() == LoginChannel.TOKEN_MANAGER;
    }

    /** Who asks: their name, whether they are an admin (the seed's staff) and a {@code security-admin}. */
    public record Caller(String name, boolean admin, boolean securityAdmin) {
    }
}
