package io.multisession.session.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PolicyConfigParserTest {

    final Map<String, String> config = defaultsAsShipped();

    /** The defaults for a new type as the WAR ships them ({@code multisession.policy.default.*}), nothing else. */
    static Map<String, String> defaultsAsShipped() {
        Properties shipped = new Properties();
        String file = "/META-INF/microprofile-config.properties";
        try (InputStream in = PolicyConfigParserTest.class.getResourceAsStream(file)) {
            shipped.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> defaults = new HashMap<>();
        shipped.stringPropertyNames().stream().filter(key -> key.startsWith(PolicyConfigParser.DEFAULTS_PREFIX))
                .forEach(key -> defaults.put(key, shipped.getProperty(key)));
        return defaults;
    }

    Map<String, SessionPolicy> parse() {
        return new PolicyConfigParser(key -> Optional.ofNullable(config.get(key))).parse();
    }

    @Test
    void aTypeNeedsOnlyItsRefreshLifetime() {
        config.put("multisession.policy.types", "device");
        config.put("multisession.policy.DEVICE.refresh-token-lifetime", "P180D");
        SessionPolicy device = parse().get("DEVICE");
        assertEquals(Duration.ofDays(180), device.refreshTokenLifetime());
        assertEquals(Duration.ofMinutes(5), device.accessTokenLifetime());
        assertEquals(Duration.ofDays(90), device.extendSessionOnceAfterEach());
        assertEquals(Duration.ofDays(180), device.maxSessionLifetime());
        assertFalse(device.rotateRefreshTokens());
        assertFalse(device.limitNumberOfAvailSessions());
        assertTrue(device.blacklistAfterRotation());
    }

    @Test
    void maxSessionLifetimeMustNotBeShorterThanTheRefreshLifetime() {
        config.put("multisession.policy.types", "DEVICE");
        config.put("multisession.policy.DEVICE.refresh-token-lifetime", "P180D");
        config.put("multisession.policy.DEVICE.max-session-lifetime", "P90D");
        InvalidPolicyConfigException e = assertThrows(InvalidPolicyConfigException.class, this::parse);
        assertTrue(e.getMessage().contains("multisession.policy.DEVICE.max-session-lifetime"), e.getMessage());
    }

    @Test
    void maxSessionLifetimeDefaultsToNinetyDays() {
        config.put("multisession.policy.types", "SHORT");
        config.put("multisession.policy.SHORT.refresh-token-lifetime", "P1D");
        assertEquals(Duration.ofDays(90), parse().get("SHORT").maxSessionLifetime());
    }

    @Test
    void everyKeyIsRead() {
        config.put("multisession.policy.types", "SHORT");
        Map<String, String> values = Map.ofEntries(
                Map.entry("refresh-token-lifetime", "P1D"), Map.entry("access-token-lifetime", "PT2M"),
                Map.entry("max-session-lifetime", "P3D"), Map.entry("rotate-refresh-tokens", "true"),
                Map.entry("update-last-login", "TRUE"), Map.entry("blacklist-after-rotation", "false"),
                Map.entry("extend-session", "true"), Map.entry("extend-session-every-time", "true"),
                Map.entry("extend-session-once-after-each", "PT12H"), Map.entry("limit-number-of-avail-sessions", "true"),
                Map.entry("max-number-active-sessions", " 3 "), Map.entry("destroy-oldest-active-session", "true"));
        values.forEach((key, value) -> config.put("multisession.policy.SHORT." + key, value));
        assertEquals(new SessionPolicy("SHORT", Duration.ofDays(1), Duration.ofMinutes(2), Duration.ofDays(3), true, true,
                false, true, true, Duration.ofHours(12), true, 3, true, Set.of()), parse().get("SHORT"));
    }

    @Test
    void aDefaultForAllTypesAppliesWhereATypeSetsNothing() {
        config.put("multisession.policy.types", "A,B");
        config.put("multisession.policy.A.refresh-token-lifetime", "P1D");
        config.put("multisession.policy.B.refresh-token-lifetime", "P1D");
        config.put("multisession.policy.B.access-token-lifetime", "PT1M");
        config.put("multisession.policy.default.access-token-lifetime", "PT2M");
        config.put("multisession.policy.default.max-session-lifetime", "PT1H");

        assertEquals(Duration.ofMinutes(2), parse().get("A").accessTokenLifetime());
        assertEquals(Duration.ofMinutes(1), parse().get("B").accessTokenLifetime());
        assertEquals(Duration.ofDays(1), parse().get("A").maxSessionLifetime(),
                "a default max-session-lifetime is never below the refresh lifetime");
    }

    @Test
    void anInvalidDefaultNamesItsKey() {
        config.put("multisession.policy.types", "SHORT");
        config.put("multisession.policy.SHORT.refresh-token-lifetime", "P1D");
        assertKeyNamed("multisession.policy.default.rotate-refresh-tokens", "maybe");
        assertKeyNamed("multisession.policy.default.max-number-active-sessions", "0");
        config.remove("multisession.policy.default.destroy-oldest-active-session");
        assertKeyNamed("multisession.policy.SHORT.destroy-oldest-active-session", null);
    }

    @Test
    void theTypesAreRequired() {
        assertKeyNamed("multisession.policy.types", null);
    }

    @Test
    void typesKeepTheirConfiguredOrder() {
        config.put("multisession.policy.types", "SHORT, LONG ,DEVICE");
        List.of("SHORT", "LONG", "DEVICE").forEach(type ->
                config.put("multisession.policy." + type + ".refresh-token-lifetime", "P1D"));
        assertEquals(List.of("SHORT", "LONG", "DEVICE"), List.copyOf(parse().keySet()));
    }

    @Test
    void invalidValuesNameTheirKey() {
        config.put("multisession.policy.types", "SHORT");
        config.put("multisession.policy.SHORT.refresh-token-lifetime", "P1D");
        assertKeyNamed("multisession.policy.SHORT.access-token-lifetime", "5 minutes");
        assertKeyNamed("multisession.policy.SHORT.access-token-lifetime", "-PT5M");
        assertKeyNamed("multisession.policy.SHORT.rotate-refresh-tokens", "yes");
        assertKeyNamed("multisession.policy.SHORT.max-number-active-sessions", "two");
        assertKeyNamed("multisession.policy.SHORT.max-number-active-sessions", "0");
        config.remove("multisession.policy.SHORT.refresh-token-lifetime");
        assertKeyNamed("multisession.policy.SHORT.refresh-token-lifetime", null);
    }

    @Test
    void typeNamesMustBeUsableAndUnique() {
        for (String types : List.of("SHORT,ALL", "SHORT,SHORT", "SHO RT", "", "1ST")) {
            config.put("multisession.policy.types", types);
            config.put("multisession.policy.SHORT.refresh-token-lifetime", "P1D");
            InvalidPolicyConfigException e = assertThrows(InvalidPolicyConfigException.class, this::parse, types);
            assertTrue(e.getMessage().contains("multisession.policy.types"), e.getMessage());
        }
    }

    private void assertKeyNamed(String key, String value) {
        String previous = config.get(key);
        if (value != null) {
            config.put(key, value);
        }
        InvalidPolicyConfigException e = assertThrows(InvalidPolicyConfigException.class, this::parse, key);
        assertTrue(e.getMessage().contains(key), e.getMessage());
        if (previous == null) {
            config.remove(key);
        } else {
            config.put(key, previous);
        }
    }
}
