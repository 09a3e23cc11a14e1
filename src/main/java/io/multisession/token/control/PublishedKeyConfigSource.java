package io.multisession.token.control;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives MP-JWT the public keys, so that the server verifies exactly the tokens this service signs, whether the key was
 * generated on first start or configured: as {@code mp.jwt.verify.publickey} (a JWKS), which Payara re-reads. WildFly's
 * MP-JWT (SmallRye) reads an inline key once per deployment and would refuse tokens signed by a rotated key, but it
 * fetches a key set URL again when a token names a key it has not seen: on WildFly, recognised by its HTTP socket
 * binding in JMX, this gives {@code mp.jwt.verify.publickey.location}, the service's own JWKS at the root context on
 * the address and port WildFly bound, with SmallRye's refresh settings. Config sources are created by the config
 * runtime, not by CDI, hence the static hand-over from {@code SigningKeys}. MP-JWT reads the keys lazily, after the
 * key ring has started.
 */
public class PublishedKeyConfigSource implements ConfigSource {

    public static final String PUBLIC_KEY_PROPERTY = "mp.jwt.verify.publickey";
    public static final String LOCATION_PROPERTY = "mp.jwt.verify.publickey.location";
    /** SmallRye verifies one algorithm only, read once per deployment: the one of the key signing at that time. */
    public static final String ALGORITHM_PROPERTY = "mp.jwt.verify.publickey.algorithm";
    private static final String WILDFLY_HTTP = "jboss.as:socket-binding-group=standard-sockets,socket-binding=http";
    /**
     * SmallRye: fetch the key set again whenever a token names a key not in it (default: at most every 30 minutes),
     * and every minute anyway, so a withdrawn key goes too. Tokens naming a key we never published do not get this
     * far ({@code AuthorizationSchemeAdapter}), so no caller can make it fetch at will.
     */
    private static final Map<String, String> LOCATION_REFRESH = Map.of(
            "smallrye.jwt.jwks.forced-refresh-interval", "0",
            "smallrye.jwt.jwks.refresh-interval", "1");

    private static final Set<String> NAMES = Set.of(PUBLIC_KEY_PROPERTY, LOCATION_PROPERTY, ALGORITHM_PROPERTY,
            "smallrye.jwt.jwks.forced-refresh-interval", "smallrye.jwt.jwks.refresh-interval");

    private static volatile String publicJwks;
    private static volatile SigningAlgorithm signingAlgorithm = SigningAlgorithm.RS256;
    /** Found once WildFly has bound its listener; it does not move while the application runs. */
    private static volatile String wildFlyJwksUrl;

    public static void publish(String jwks, SigningAlgorithm signing) {
        publicJwks = jwks;
        signingAlgorithm = signing;
    }

    /**
     * Whether the server's MP-JWT verifies a single algorithm fixed at deployment (WildFly's SmallRye JWT), rather than
     * any published key's own (Payara): there, switching algorithms takes a restart. Told by the deployment's class
     * loader, which is a JBoss Modules one on WildFly from the first moment, before any listener is bound.
     */
    public static boolean verifiesOneAlgorithm() {
        return PublishedKeyConfigSource.class.getClassLoader().getClass().getName().startsWith("org.jboss.modules.");
    }

    @Override
    public Map<String, String> getProperties() {
        String jwks = publicJwks;
        if (jwks == null) {
            return Map.of();
        }
        return wildFlyJwksUrl().map(url -> {
            Map<String, String> properties = new HashMap<>(LOCATION_REFRESH);
            properties.put(LOCATION_PROPERTY, url);
            properties.put(ALGORITHM_PROPERTY, signingAlgorithm.name());
            return properties;
        }).orElse(Map.of(PUBLIC_KEY_PROPERTY, jwks));
    }

    /** Where WildFly serves this service's key set, if this is WildFly and its HTTP listener is bound. */
    static Optional<String> wildFlyJwksUrl() {
        if (wildFlyJwksUrl != null) {
            return Optional.of(wildFlyJwksUrl);
        }
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName http = new ObjectName(WILDFLY_HTTP);
            if (!server.isRegistered(http) || !(server.getAttribute(http, "boundPort") instanceof Integer port)) {
                return Optional.empty();
            }
            String address = String.valueOf(server.getAttribute(http, "boundAddress"));
            if (address.equals("0.0.0.0") || address.equals("::") || address.equals("null")) {
                address = "127.0.0.1";
            } else if (address.contains(":")) {
                address = "[" + address + "]";
            }
            wildFlyJwksUrl = "http://" + address + ":" + port + "/.well-known/jwks.json";
            return Optional.of(wildFlyJwksUrl);
        } catch (JMException e) {
            return Optional.empty();
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return NAMES.contains(propertyName) ? getProperties().get(propertyName) : null;
    }

    @Override
    public String getName() {
        return "multisession-published-key";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
