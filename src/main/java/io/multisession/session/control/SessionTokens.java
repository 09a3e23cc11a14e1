package io.multisession.session.control;

import io.multisession.session.entity.LoginSession;
import io.multisession.token.control.AccessTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The answer of a login or refresh: a new access token of the session, and the refresh token if there is a new one. */
@ApplicationScoped
public class SessionTokens {

    @Inject
    AccessTokens accessTokens;

    /** @param refreshToken the new refresh token (login, rotation), or {@code null} when the client keeps its own */
    public IssuedTokens issue(LoginSession session, SessionPolicy policy, Instant now, String refreshToken) {
        Instant expiry = SessionLifetime.accessTokenExpiry(policy, now, session.expiresAt());
        String access = accessTokens.issue(session.owner(), session.groups(), session.id(), session.type(), now, expiry);
        return new IssuedTokens(access, Optional.ofNullable(refreshToken), session.id(), Duration.between(now, expiry),
                session.owner(), session.groups(), session.expiresAt());
    }
}
