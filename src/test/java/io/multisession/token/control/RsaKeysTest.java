package io.multisession.token.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;

class RsaKeysTest {

    @Test
    void aStoredKeyReadsBackAsTheSameKey() throws Exception {
        RSAKey key = RsaKeys.generate();
        RSAKey restored = RsaKeys.decode(RsaKeys.encode(key));
        assertEquals(key.getKeyID(), restored.getKeyID());
        assertEquals(key.toPublicJWK(), restored.toPublicJWK());
        assertTrue(restored.isPrivate());
        assertEquals(RsaKeys.KEY_SIZE, key.size());
    }

    @Test
    void aConfiguredPemIsAccepted() {
        RSAKey key = RsaKeys.generate();
        String body = RsaKeys.encode(key);
        String pem = "-----BEGIN PRIVATE KEY-----\n" + body.replaceAll("(.{64})", "$1\n") + "\n-----END PRIVATE KEY-----\n";
        assertEquals(key.getKeyID(), RsaKeys.fromPem(pem).getKeyID());
        String escaped = pem.replace("\n", "\\n");
        assertEquals(key.getKeyID(), RsaKeys.fromPem(escaped).getKeyID());
    }

    @Test
    void garbageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RsaKeys.decode("bm90IGEga2V5"));
    }
}
