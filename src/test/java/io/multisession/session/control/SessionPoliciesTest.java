package io.multisession.session.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multisession.platform.Meters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Re-reading policies on a schedule: what is in force, since when, and a refused change (a fixed, moved clock). */
class SessionPoliciesTest {

    static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    final Map<String, String> values = new HashMap<>(PolicyConfigParserTest.defaultsAsShipped());
    final SessionPolicies policies = new SessionPolicies();
    Instant now = START;

    @BeforeEach
    void configured() {
        values.put("multisession.policy.types", "SHORT");
        values.put("multisession.policy.SHORT.refresh-token-lifetime", "PT1H");
        values.put("multisession.policy.SHORT.max-number-active-sessions", "3");
        policies.config = new MapConfig(values);
        policies.refreshInterval = Duration.ofSeconds(5);
        policies.metrics = new SessionMetrics();
        policies.metrics.meters = new Meters();
        policies.clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        policies.loadOrFail();
    }

    @Test
    void aValidChangeAppliesAfterTheRefreshIntervalAndSaysSince() {
        values.put("multisession.policy.SHORT.max-number-active-sessions", "1");
        now = START.plusSeconds(4);
        assertEquals(3, policies.policyFor("SHORT").maxNumberActiveSessions(), "not re-read before the interval");
        now = START.plusSeconds(6);
        SessionPolicies.Status status = policies.status();
        assertEquals(1, status.policies().get("SHORT").maxNumberActiveSessions());
        assertEquals(START.plusSeconds(6), status.appliedAt());
        assertEquals(Optional.empty(), status.rejectedChange());

        now = START.plusSeconds(12);
        assertEquals(START.plusSeconds(6), policies.status().appliedAt(), "an unchanged re-read is no new policy");
        assertEquals(START.plusSeconds(12), policies.status().checkedAt());
    }

    @Test
    void anInvalidChangeIsRefusedWholeAndShownUntilFixed() {
        SessionPolicy before = policies.policyFor("SHORT");
        values.put("multisession.policy.SHORT.refresh-token-lifetime", "PT2H");
        values.put("multisession.policy.SHORT.max-number-active-sessions", "0");
        now = START.plusSeconds(6);
        SessionPolicies.Status status = policies.status();
        assertSame(before, status.policies().get("SHORT"), "no part of the change applies");
        String error = status.rejectedChange().orElseThrow().error();
        assertTrue(error.contains("multisession.policy.SHORT.max-number-active-sessions") && error.contains("'0'"), error);
        assertEquals(START.plusSeconds(6), status.rejectedChange().get().since());
        assertEquals(START, status.appliedAt());

        now = START.plusSeconds(12);
        assertEquals(START.plusSeconds(6), policies.status().rejectedChange().orElseThrow().since(),
                "the same refusal keeps its first time");

        values.put("multisession.policy.SHORT.max-number-active-sessions", "2");
        now = START.plusSeconds(18);
        status = policies.status();
        assertEquals(Optional.empty(), status.rejectedChange());
        assertEquals(Duration.ofHours(2), status.policies().get("SHORT").refreshTokenLifetime());
    }

    /** Config from a map, the way {@code SessionPolicies} reads it. */
    record MapConfig(Map<String, String> values) implements Config {

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            return Optional.ofNullable(values.get(name)).map(type::cast);
        }

        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow();
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}
