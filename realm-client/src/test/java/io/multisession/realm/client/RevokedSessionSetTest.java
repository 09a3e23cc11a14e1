package io.multisession.realm.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevokedSessionSetTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aSessionIsRevokedUntilItsTokensExpireThenForgotten() {
        RevokedSessionSet revoked = new RevokedSessionSet();
        revoked.add("a", NOW.plusSeconds(300));
        revoked.add("a", NOW.plusSeconds(10));
        assertTrue(revoked.contains("a", NOW.plusSeconds(200)), "the later end wins");
        assertFalse(revoked.contains("b", NOW));
        revoked.purge(NOW.plusSeconds(299));
        assertEquals(1, revoked.size());
        revoked.purge(NOW.plusSeconds(300));
        assertEquals(0, revoked.size());
        assertFalse(revoked.contains("a", NOW.plusSeconds(300)));
    }
}
