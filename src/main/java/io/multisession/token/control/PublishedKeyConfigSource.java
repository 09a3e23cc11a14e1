package io.multisession.token.control;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives MP-JWT the public key as {@code mp.jwt.verify.publickey} (a JWKS), so that the server verifies exactly the
 * tokens this service signs, whether the key was generated on first start or configured. Config sources are created
 * by the config runtime, not by CDI, hence the static hand-over from {@code SigningKeys}. MP-JWT reads the key lazily on
 * the first token it checks, after the key ring has started.
 */
public class PublishedKeyConfigSource implements ConfigSource {

    public static final String PUBLIC_KEY_PROPERTY = "mp.jwt.verify.publickey";

    private static volatile String publicJwks;

    public static void publish(String jwks) {
        publicJwks = jwks;
    }

    @Override
    public Map<String, String> getProperties() {
        String jwks = publicJwks;
        return jwks == null ? Map.of() : Map.of(PUBLIC_KEY_PROPERTY, jwks);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY_PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        return PUBLIC_KEY_PROPERTY.equals(propertyName) ? publicJwks : null;
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
