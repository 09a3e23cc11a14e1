package io.multisession.console.boundary;

import io.multisession.console.control.ConsoleCookie;
import io.multisession.console.control.ConsoleSessionEndedException;
import io.multisession.console.control.SameOriginCheck;
import io.multisession.device.control.ClientAddress;
import io.multisession.platform.JsonRequest;
import io.multisession.platform.Jsons;
import io.multisession.session.boundary.LoginRequest;
import io.multisession.session.boundary.Logins;
import io.multisession.session.control.InvalidRefreshTokenException;
import io.multisession.session.control.IssuedTokens;
import io.multisession.session.entity.LoginChannel;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console signs in, refreshes and signs out here. Unlike the seed's endpoints, the refresh token never reaches
 * the page: it travels in {@link ConsoleCookie}, and the page holds only the short-lived access token, in memory.
 * Every call passes {@link SameOriginCheck} first. A console sign-in is an ordinary session of the configured type,
 * admitted, limited, listed and revoked like any other.
 */
@Path("api/console")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleSessionResource {

    static final int MAX_CREDENTIAL = 1024;
    static final int MAX_TOKEN = 4096;
    /** Shown as the session's info in every session list, so users can tell console sign-ins from their apps. */
    static final String SESSION_INFO = "Web console";

    @Inject
    Logins logins;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "multisession.console.session-type")
    String sessionType;

    @Context
    HttpServletRequest http;

    /** Signs in; a console session this browser still held (a second sign-in, say in another tab) ends. */
    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(@CookieParam(ConsoleCookie.NAME) String previous, InputStream body) {
        requireSameOrigin();
        JsonRequest request = JsonRequest.parse(body, Set.of("username", "password"));
        LoginRequest login = new LoginRequest(
                request.requiredString("username", MAX_CREDENTIAL),
                request.requiredString("password", MAX_CREDENTIAL).toCharArray(),
                Optional.empty(), sessionType, SESSION_INFO,
                http.getHeader(HttpHeaders.USER_AGENT), null, clientAddress.of(http));
        IssuedTokens tokens = logins.loginThrough(LoginChannel.CONSOLE, login);
        endQuietly(previous);
        return signedIn(tokens, tokens.refresh().orElseThrow());
    }

    @POST
    @Path("session/refresh")
    public Response refresh(@CookieParam(ConsoleCookie.NAME) String refreshToken) {
        requireSameOrigin();
        try {
            IssuedTokens tokens = logins.refreshThrough(LoginChannel.CONSOLE, present(refreshToken),
                    clientAddress.of(http));
            return signedIn(tokens, tokens.refresh().orElse(refreshToken));
        } catch (InvalidRefreshTokenException ended) {
            throw new ConsoleSessionEndedException(ConsoleCookie.clear(http.getContextPath(), secure()));
        }
    }

    /** Ends the cookie's session; answers 204 and forgets the cookie even when the session had already ended. */
    @POST
    @Path("session/logout")
    public Response logout(@CookieParam(ConsoleCookie.NAME) String refreshToken) {
        requireSameOrigin();
        endQuietly(refreshToken);
        return Response.noContent()
                .header(HttpHeaders.SET_COOKIE, ConsoleCookie.clear(http.getContextPath(), secure()))
                .build();
    }

    /**
     * The access token to the page; the refresh token, rotated or not, back to the cookie, which lives as long as the
     * session (extended or not).
     */
    private Response signedIn(IssuedTokens tokens, String refreshToken) {
        return Response.ok(Jsons.object()
                        .add("access", tokens.access())
                        .add("expires_in", tokens.accessExpiresIn().toSeconds())
                        .add("session_id", tokens.sessionId())
                        .add("username", tokens.owner())
                        .add("groups", Jsons.array(tokens.groups()))
                        .build())
                .header(HttpHeaders.SET_COOKIE, ConsoleCookie.issue(refreshToken, http.getContextPath(),
                        Duration.between(clock.instant(), tokens.sessionExpiresAt()), secure()))
                .build();
    }

    /** Ends the cookie's session if it still runs; nothing to do otherwise, the browser only drops the cookie. */
    private void endQuietly(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > MAX_TOKEN) {
            return;
        }
        try {
            logins.logoutThrough(LoginChannel.CONSOLE, refreshToken);
        } catch (InvalidRefreshTokenException alreadyEnded) {
            // already ended, or never one of the console's sessions
        }
    }

    private void requireSameOrigin() {
        SameOriginCheck.require(http.getHeader(SameOriginCheck.HEADER), http.getHeader("Sec-Fetch-Site"),
                http.getHeader("Origin"), Arrays.asList(http.getHeader(HttpHeaders.HOST),
                        http.getHeader("X-Forwarded-Host")));
    }

    /** Over HTTPS, directly or behind a proxy that says so (trusting the header can only make the cookie stricter). */
    private boolean secure() {
        return http.isSecure() || "https".equalsIgnoreCase(http.getHeader("X-Forwarded-Proto"));
    }

    private static String present(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > MAX_TOKEN) {
            throw new InvalidRefreshTokenException();
        }
        return refreshToken;
    }
}
