package io.multisession.session.control;

import io.multisession.platform.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Random identifiers and refresh tokens, and their stored form. Refresh tokens are opaque 256-bit random strings
 * (or HMACs of their predecessor, see {@link #successor}); the database keeps only their SHA-256, which is enough for
 * secrets of that entropy. Session ids carry 128 random bits and say nothing about order or count.
 */
public final class SecureTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private SecureTokens() {
    }

    public static String newSessionId() {
        return random(16);
    }

    public static String newRefreshToken() {
        return random(32);
    }

    /** The form in which a refresh token is stored and looked up. */
    public static String hash(String refreshToken) {
        return Sha256.base64Url(refreshToken);
    }

    /**
     * The token that replaces {@code refreshToken} on rotation: HMAC-SHA256 under a server secret. Being a function
     * of the old token, a concurrent refresh with the same old token inside the grace window gets the very same
     * answer instead of a second token family; without the secret nobody can compute it.
     */
    public static String successor(byte[] rotationSecret, String refreshToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(rotationSecret, "HmacSHA256"));
            return BASE64URL.encodeToString(mac.doFinal(refreshToken.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The stored forms of the next {@code generations} tokens that rotation derives from {@code refreshToken}, oldest
     * first: a session holding one of them as its current or previous token once held {@code refreshToken}.
     */
    public static List<String> descendantHashes(byte[] rotationSecret, String refreshToken, int generations) {
        List<String> hashes = new ArrayList<>(generations);
        String token = refreshToken;
        for (int generation = 0; generation < generations; generation++) {
            token = successor(rotationSecret, token);
            hashes.add(hash(token));
        }
        return hashes;
    }

    /** Compares two secrets in time that does not depend on where they differ, nor on their lengths. */
    public static boolean sameSecret(String presented, String expected) {
        return MessageDigest.isEqual(Sha256.of(presented), Sha256.of(expected));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return BASE64URL.encodeToString(value);
    }
}
