package io.multisession.token.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import io.multisession.token.control.KeySchedule.ScheduledKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyScheduleTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static JWK first;
    static JWK second;

    @BeforeAll
    static void keys() {
        first = SigningAlgorithm.RS256.generate();
        second = SigningAlgorithm.ES256.generate();
    }

    @Test
    void aRotatedKeyIsPublishedAtOnceButSignsOnlyAfterThePublishAheadTime() {
        KeySchedule.Rotation rotation = KeySchedule.rotation(T0, Duration.ofMinutes(10), Duration.ofHours(24));
        List<ScheduledKey> keys = List.of(
                new ScheduledKey(first, T0.minus(Duration.ofDays(1)), rotation.replacedSignUntil(),
                        rotation.replacedPublishedUntil()),
                new ScheduledKey(second, rotation.newKeySignsFrom(), null, null));

        assertEquals(first, KeySchedule.signingAt(keys, T0).orElseThrow().key());
        assertEquals(2, KeySchedule.publishedAt(keys, T0).size());

        Instant switched = T0.plus(Duration.ofMinutes(10));
        assertEquals(second, KeySchedule.signingAt(keys, switched).orElseThrow().key());
        assertEquals(2, KeySchedule.publishedAt(keys, switched.plus(Duration.ofHours(23))).size());

        Instant retired = switched.plus(Duration.ofHours(24));
        assertEquals(List.of(second), KeySchedule.publishedAt(keys, retired).stream().map(ScheduledKey::key).toList());
    }

    @Test
    void rotationIsDueOnceTheNewestKeyHasSignedForTheInterval() {
        List<ScheduledKey> keys = List.of(new ScheduledKey(first, T0, null, null));
        assertFalse(KeySchedule.rotationDue(keys, T0.plus(Duration.ofDays(29)), Duration.ofDays(30)));
        assertTrue(KeySchedule.rotationDue(keys, T0.plus(Duration.ofDays(30)), Duration.ofDays(30)));
        assertTrue(KeySchedule.rotationDue(List.of(), T0, Duration.ofDays(30)));
    }

    @Test
    void noKeySignsOutsideItsWindow() {
        List<ScheduledKey> keys = List.of(new ScheduledKey(first, T0, T0.plusSeconds(60), T0.plusSeconds(120)));
        assertTrue(KeySchedule.signingAt(keys, T0.minusSeconds(1)).isEmpty());
        assertTrue(KeySchedule.signingAt(keys, T0.plusSeconds(60)).isEmpty());
    }
}
