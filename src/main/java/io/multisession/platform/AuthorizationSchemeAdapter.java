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

/**
 * Lets MP-JWT accept the seed's {@code Authorization: JWT <token>} header (and any letter case of {@code Bearer}).
 * Payara's MP-JWT mechanism only reads an exact {@code "Bearer "} prefix, and container authentication runs before
 * any servlet filter, so this alternative takes the mechanism's place, rewrites the scheme and hands the request to
 * the server's own MP-JWT mechanism, which still does all the verification. Only portable CDI and Jakarta Security
 * API is used: on a server whose MP-JWT mechanism is a CDI bean too (WildFly's is) it works the same.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthorizationSchemeAdapter implements HttpAuthenticationMechanism {

    private static final String AUTHORIZATION = "Authorization";

    @Inject
    BeanManager beanManager;

    private volatile HttpAuthenticationMechanism serverMechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        return serverMechanism().validateRequest(new BearerSchemeRequest(request), response, context);
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
                return "Bearer " + authorization.substring(space + 1).strip();
            }
            return authorization;
        }
    }
}
