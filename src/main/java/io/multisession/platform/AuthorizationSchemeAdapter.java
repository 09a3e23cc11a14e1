package io.multisession.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Lets MP-JWT accept the seed's {@code Authorization: JWT <token>} header (and any letter case of {@code Bearer}).
 * Payara's MP-JWT mechanism only reads an exact {@code "Bearer "} prefix, and container authentication runs before
 * any servlet filter, so this alternative takes the mechanism's place, rewrites the scheme and hands the request to
 * the server's own MP-JWT mechanism, which still does all the verification. Only portable CDI and Jakarta Security
 * API is used: on a server whose MP-JWT mechanism is a CDI bean too (WildFly's is) it works the same.
 * A token the server's mechanism has accepted is remembered for a short while ({@link VerifiedTokens}), so the same
 * client's next requests log in with the verified caller directly.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthorizationSchemeAdapter implements HttpAuthenticationMechanism {

    private static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "Bearer ";

    @Inject
    BeanManager beanManager;

    @Inject
    Clock clock;

    private final VerifiedTokens verifiedTokens = new VerifiedTokens();

    private volatile HttpAuthenticationMechanism serverMechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        BearerSchemeRequest bearerRequest = new BearerSchemeRequest(request);
        Optional<String> token = bearerRequest.token();
        Instant now = clock.instant();
        Optional<VerifiedTokens.Verified> verified = token.flatMap(value -> verifiedTokens.find(value, now));
        if (verified.isPresent()) {
            // What the MP-JWT mechanism does on success: the JsonWebToken in the subject, then the login.
            context.getClientSubject().getPrincipals().add(verified.get().caller());
            return context.notifyContainerAboutLogin(verified.get().caller(), verified.get().groups());
        }
        AuthenticationStatus status = serverMechanism().validateRequest(bearerRequest, response, context);
        if (status == AuthenticationStatus.SUCCESS && token.isPresent()
                && context.getCallerPrincipal() instanceof JsonWebToken caller) {
            verifiedTokens.remember(token.get(), caller, context.getGroups(),
                    Instant.ofEpochSecond(caller.getExpirationTime()), now);
        }
        return status;
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return serverMechanism().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        serverMechanism().cleanSubject(request, response, context);
    }

    private HttpAuthenticationMechanism serverMechanism() {
        HttpAuthenticationMechanism mechanism = serverMechanism;
        if (mechanism == null) {
            Bean<?> bean = beanManager.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(candidate -> !candidate.getTypes().contains(AuthorizationSchemeAdapter.class))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No MP-JWT authentication mechanism installed"));
            mechanism = (HttpAuthenticationMechanism) beanManager.getReference(
                    bean, HttpAuthenticationMechanism.class, beanManager.createCreationalContext(bean));
            serverMechanism = mechanism;
        }
        return mechanism;
    }

    /** Presents {@code JWT <token>} or {@code bearer <token>} as {@code Bearer <token>}. */
    static final class BearerSchemeRequest extends HttpServletRequestWrapper {

        BearerSchemeRequest(HttpServletRequest request) {
            super(request);
        }

        /** The bearer token, if the request carries one in either scheme. */
        Optional<String> token() {
            String authorization = getHeader(AUTHORIZATION);
            return authorization != null && authorization.startsWith(BEARER) && authorization.length() > BEARER.length()
                    ? Optional.of(authorization.substring(BEARER.length())) : Optional.empty();
        }

        @Override
        public String getHeader(String name) {
            String value = super.getHeader(name);
            return AUTHORIZATION.equalsIgnoreCase(name) ? normalise(value) : value;
        }

        static String normalise(String authorization) {
            if (authorization == null) {
                return null;
            }
            int space = authorization.indexOf(' ');
            if (space < 0) {
                return authorization;
            }
            String scheme = authorization.substring(0, space);
            if (scheme.equalsIgnoreCase("JWT") || scheme.equalsIgnoreCase("Bearer")) {
                return BEARER + authorization.substring(space + 1).strip();
            }
            return authorization;
        }
    }
}
