package io.multisession.session.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureTokensTest {

    @Test
    void refreshTokensCarry256RandomBits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SecureTokens.newRefreshToken();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertTrue(seen.add(token));
        }
    }

    @Test
    void sessionIdsCarry128RandomBits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = SecureTokens.newSessionId();
            assertTrue(id.matches("[A-Za-z0-9_-]{22}"), id);
            assertTrue(seen.add(id));
        }
    }

    @Test
    void theStoredHashIsStableAndRevealsNothingOfTheToken() {
        String token = SecureTokens.newRefreshToken();
        assertEquals(SecureTokens.hash(token), SecureTokens.hash(token));
        assertNotEquals(token, SecureTokens.hash(token));
        assertFalse(SecureTokens.hash(token).contains(token.substring(0, 8)));
    }

    @Test
    void theSuccessorDependsOnTokenAndSecret() {
        byte[] secret = new byte[32];
        byte[] otherSecret = new byte[32];
        otherSecret[0] = 1;
        String token = SecureTokens.newRefreshToken();
        assertEquals(SecureTokens.successor(secret, token), SecureTokens.successor(secret, token));
        assertNotEquals(SecureTokens.successor(secret, token), SecureTokens.successor(otherSecret, token));
        assertNotEquals(SecureTokens.successor(secret, token), SecureTokens.successor(secret, token + "x"));
        assertTrue(SecureTokens.successor(secret, token).matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void secretsCompareByContent() {
        assertTrue(SecureTokens.sameSecret("the_Secret_Key", "the_Secret_Key"));
        assertFalse(SecureTokens.sameSecret("the_Secret_Kez", "the_Secret_Key"));
        assertFalse(SecureTokens.sameSecret("", "the_Secret_Key"));
    }
}
