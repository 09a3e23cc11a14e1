package io.multisession.token.boundary;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import io.multisession.token.control.PublishedKeyConfigSource;
import io.multisession.token.control.SigningAlgorithm;
import io.multisession.token.control.SigningKeys;
import io.multisession.token.control.VerifiedTokens;
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
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Lets MP-JWT accept the seed's {@code Authorization: JWT <token>} header (and any letter case of {@code Bearer}).
 * Payara's MP-JWT mechanism only reads an exact {@code "Bearer "} prefix, and container authentication runs before
 * any servlet filter, so this alternative takes the mechanism's place, rewrites the scheme and hands the request to
 * the server's own MP-JWT mechanism, which still does all the verification. Only portable CDI and Jakarta Security
 * API is used: on a server whose MP-JWT mechanism is a CDI bean too (WildFly's is) it works the same.
 * A token the server's mechanism has accepted is remembered for a short while ({@link VerifiedTokens}), so the same
 * client's next requests log in with the verified caller directly.
 * <p>
 * Right after a start the server may accept requests before the key ring has published its keys, or before the
 * config it reads shows them; MP-JWT would then refuse a valid token (and may remember the failure). So no token is
 * handed over until the published key set is visible in config: requests that arrive earlier wait for it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthorizationSchemeAdapter implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(AuthorizationSchemeAdapter.class.getName());
    private static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "Bearer ";
    /** Longer than any key ring start seen; a request still waiting then is refused as before. */
    private static final Duration KEYS_WAIT = Duration.ofSeconds(60);

    @Inject
    BeanManager beanManager;

    @Inject
    Clock clock;

    /**
     * Only to see when the published key set shows in config (a readiness check, not a setting, and no default):
     * the config bound to this application at injection, which the key ring's config source feeds.
     */
    @Inject
    Config config;

    @Inject
    SigningKeys signingKeys;

    private final VerifiedTokens verifiedTokens = new VerifiedTokens();
    private volatile boolean keysVisible;

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
        if (token.isPresent()) {
            awaitPublishedKeys();
            if (!signedWithPublishedKey(token.get(), signingKeys.published(now))) {
                // refused here: some servers' MP-JWT answers a key id it does not know with a 500
                return context.responseUnauthorized();
            }
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

    /**
     * False for a token that names no key of ours: unsigned ({@code alg=none}), without a key id, with a key id we
     * never published, or with another algorithm than its key's (which Payara would fail on with a class cast, and
     * SmallRye with an error). A string that is no JOSE object at all is left to the server's check.
     */
    static boolean signedWithPublishedKey(String token, JWKSet published) {
        try {
            Header header = JOSEObject.parse(token).getHeader();
            return header instanceof JWSHeader signed && signed.getKeyID() != null
                    && Optional.ofNullable(published.getKeyByKeyId(signed.getKeyID())).flatMap(SigningAlgorithm::of)
                    .filter(algorithm -> algorithm.jws().equals(signed.getAlgorithm())).isPresent();
        } catch (ParseException notJose) {
            return true;
        }
    }

    private void awaitPublishedKeys() {
        if (keysVisible) {
            return;
        }
        long deadline = System.nanoTime() + KEYS_WAIT.toNanos();
        while (config.getOptionalValue(PublishedKeyConfigSource.PUBLIC_KEY_PROPERTY, String.class).isEmpty()
                && config.getOptionalValue(PublishedKeyConfigSource.LOCATION_PROPERTY, String.class).isEmpty()) {
            if (System.nanoTime() > deadline) {
                LOG.warning("The signing keys are still not published; handing the token over anyway");
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        keysVisible = true;
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
