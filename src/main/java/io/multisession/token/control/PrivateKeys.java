package io.multisession.token.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.util.Base64;

/**
 * Encoding and decoding signing keys, the forms kept in the database and configured by a deployer: RSA keys as
 * PKCS#8 (Base64, or a {@code -----BEGIN PRIVATE KEY-----} PEM), P-256 keys as a private JWK (JSON), which carries the
 * public point that a PKCS#8 EC key does not (the JDK cannot derive it). Kept free of container types so it is
 * unit-tested.
 */
public final class PrivateKeys {

    private PrivateKeys() {
    }

    /** The stored form: Base64 PKCS#8 for RSA, the private JWK's JSON for EC. */
    public static String encode(JWK key) {
        if (!key.isPrivate()) {
            throw new IllegalStateException("Key " + key.getKeyID() + " has no private part");
        }
        if (key instanceof ECKey) {
            return key.toJSONString();
        }
        try {
            return Base64.getEncoder().encodeToString(key.toRSAKey().toPrivateKey().getEncoded());
        } catch (JOSEException e) {
            throw new IllegalStateException("Key " + key.getKeyID() + " has no private part", e);
        }
    }

    /** A stored or configured private key: a private JWK (RSA or P-256), else Base64 PKCS#8 of an RSA key. */
    public static JWK decode(String encoded) {
        String text = encoded.strip();
        if (text.startsWith("{")) {
            return fromJwk(text);
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(text);
            if (!(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der))
                    instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalArgumentException("not an RSA private key with CRT parameters");
            }
            return fromPrivateKey(crt);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a PKCS#8 RSA private key: " + e.getMessage(), e);
        }
    }

    /** Reads a {@code -----BEGIN PRIVATE KEY-----} PEM (PKCS#8 RSA) or a private JWK, as a deployer configures. */
    public static JWK fromPem(String pem) {
        if (pem.strip().startsWith("{")) {
            return fromJwk(pem);
        }
        String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\\\n|\\s", "");
        return decode(body);
    }

    private static JWK fromJwk(String json) {
        JWK key;
        try {
            key = JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a JWK: " + e.getMessage(), e);
        }
        if (!key.isPrivate() || SigningAlgorithm.of(key).isEmpty()) {
            throw new IllegalArgumentException("Not a private RSA or P-256 JWK");
        }
        try {
            if (key instanceof ECKey ec) {
                return new ECKey.Builder(ec).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint().build();
            }
            return new RSAKey.Builder(key.toRSAKey()).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Cannot compute the key's thumbprint", e);
        }
    }

    private static JWK fromPrivateKey(RSAPrivateCrtKey privateKey) throws GeneralSecurityException {
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        try {
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE)
                    .keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
