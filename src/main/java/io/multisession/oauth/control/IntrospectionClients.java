package io.multisession.oauth.control;

import io.multisession.session.control.SecureTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resource apps allowed to introspect tokens: {@code multisession.introspection.clients} lists their ids, and
 * {@code multisession.introspection.client.<id>.secret} holds each secret. They authenticate with HTTP Basic
 * (RFC 7662 §2.1); secrets are compared in constant time. Read on every call, so clients change without a restart.
 * The secrets' keys are computed from the client id, so they are read through {@link Config}.
 */
@ApplicationScoped
public class IntrospectionClients {

    @Inject
    @ConfigProperty(name = "multisession.introspection.clients")
    Provider<Optional<String>> clients;

    @Inject
    Config config;

    /** Whether an {@code Authorization: Basic …} header names a configured client with its secret. */
    public boolean authenticated(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = pair.indexOf(':');
        if (colon < 1) {
            return false;
        }
        String clientId = pair.substring(0, colon);
        Optional<String> secret = isListed(clientId)
                ? config.getOptionalValue("multisession.introspection.client." + clientId + ".secret", String.class)
                : Optional.empty();
        // compare even for unknown clients, so that timing does not tell which ids exist
        boolean matches = SecureTokens.sameSecret(pair.substring(colon + 1), secret.orElse(""));
        return secret.isPresent() && matches;
    }

    /**
     * Refuses a call without valid client credentials: a 401 problem with a Basic challenge.
     *
     * @param what what needs them, for the problem's detail
     */
    public void require(String authorization, String what) {
        if (!authenticated(authorization)) {
            throw new InvalidClientException(what + " needs client credentials (HTTP Basic).");
        }
    }

    private boolean isListed(String clientId) {
        return clients.get().stream().flatMap(list -> Arrays.stream(list.split(","))).map(String::strip)
                .anyMatch(clientId::equals);
    }
}
