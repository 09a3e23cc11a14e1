package io.multisession.oauth.control;

import io.multisession.session.control.SecureTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;

/**
 * Realm clients, the resource apps allowed to introspect tokens and read the revocation feed:
 * {@code multisession.introspection.clients} lists their ids, {@code multisession.introspection.client.<id>.secret}
 * holds each secret, and {@code ….backchannel-logout-uri} where it wants OpenID back-channel logout tokens. They
 * authenticate with HTTP Basic (RFC 7662 §2.1); secrets are compared in constant time. Read on every call, so
 * clients change without a restart. The secrets' keys are computed from the client id, so they are read through
 * {@link Config}.
 */
@ApplicationScoped
public class IntrospectionClients {

    private static final Logger LOG = Logger.getLogger(IntrospectionClients.class.getName());

    /** The ids of the clients; read through {@link Config} on each call, which costs less than a Provider lookup. */
    static final String CLIENTS = "multisession.introspection.clients";

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

    /**
     * The clients that asked for OpenID back-channel logout, by id: each listed client with a
     * {@code multisession.introspection.client.<id>.backchannel-logout-uri} (absolute, http or https). An invalid
     * one is logged and left out.
     */
    public Map<String, URI> backchannelLogoutUris() {
        Map<String, URI> uris = new TreeMap<>();
        listed().forEach(clientId -> config.getOptionalValue(
                        "multisession.introspection.client." + clientId + ".backchannel-logout-uri", String.class)
                .ifPresent(uri -> parseLogoutUri(clientId, uri).ifPresent(valid -> uris.put(clientId, valid))));
        return uris;
    }

    private static Optional<URI> parseLogoutUri(String clientId, String text) {
        try {
            URI uri = new URI(text.strip());
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException invalid) {
            // logged below
        }
        LOG.warning(() -> "Client " + clientId + ": backchannel-logout-uri is not an absolute http(s) URI; ignored");
        return Optional.empty();
    }

    private boolean isListed(String clientId) {
        return listed().anyMatch(clientId::equals);
    }

    private Stream<String> listed() {
        return config.getOptionalValue(CLIENTS, String.class).stream()
                .flatMap(list -> Arrays.stream(list.split(","))).map(String::strip)
                .filter(id -> !id.isEmpty());
    }
}
