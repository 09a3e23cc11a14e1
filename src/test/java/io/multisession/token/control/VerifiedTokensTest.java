package io.multisession.token.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Principal ALICE = () -> "alice";

    final VerifiedTokens tokens = new VerifiedTokens();

    @Test
    void aRememberedTokenIsFoundWithItsCallerAndGroups() {
        tokens.remember("token-a", ALICE, Set.of("user"), NOW.plus(Duration.ofMinutes(5)), NOW);

        VerifiedTokens.Verified verified = tokens.find("token-a", NOW.plusSeconds(1)).orElseThrow();
        assertEquals("alice", verified.caller().getName());
        assertEquals(Set.of("user"), verified.groups());
        assertFalse(tokens.find("token-b", NOW).isPresent());
        assertFalse(tokens.find("token-a" + "x", NOW).isPresent());
    }

    @Test
    void anEntryEndsWithTheTokensExpiry() {
        tokens.remember("token-a", ALICE, Set.of(), NOW.plusSeconds(10), NOW);

        assertTrue(tokens.find("token-a", NOW.plusSeconds(9)).isPresent());
        assertFalse(tokens.find("token-a", NOW.plusSeconds(10)).isPresent());
        assertEquals(0, tokens.size());
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheReuseWindow() {
        tokens.remember("token-a", ALICE, Set.of(), NOW.plus(Duration.ofHours(1)), NOW);

        assertTrue(tokens.find("token-a", NOW.plus(VerifiedTokens.REUSE).minusMillis(1)).isPresent());
        assertFalse(tokens.find("token-a", NOW.plus(VerifiedTokens.REUSE)).isPresent());
    }

    @Test
    void anExpiredTokenIsNotRemembered() {
        tokens.remember("token-a", ALICE, Set.of(), NOW, NOW);

        assertFalse(tokens.find("token-a", NOW.minusSeconds(1)).isPresent());
    }

    @Test
    void theCacheStaysWithinItsCapacity() {
        for (int i = 0; i < VerifiedTokens.CAPACITY + 10; i++) {
            tokens.remember("token-" + i, ALICE, Set.of(), NOW.plusSeconds(60), NOW);
        }

        assertTrue(tokens.size() <= VerifiedTokens.CAPACITY);
        assertTrue(tokens.find("token-" + (VerifiedTokens.CAPACITY + 9), NOW).isPresent());
    }
}
