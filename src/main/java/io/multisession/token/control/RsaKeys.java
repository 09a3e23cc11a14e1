package io.multisession.token.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/** Generating, encoding and decoding the RSA signing key; kept free of container types so it is unit-tested. */
public final class RsaKeys {

    static final int KEY_SIZE = 2048;

    private RsaKeys() {
    }

    public static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            return fromPrivateKey((RSAPrivateCrtKey) generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }

    /** Base64 of the PKCS#8 encoding, the form kept in the database. */
    public static String encode(RSAKey key) {
        try {
            return Base64.getEncoder().encodeToString(key.toPrivateKey().getEncoded());
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key has no private part", e);
        }
    }

    public static RSAKey decode(String base64Pkcs8) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64Pkcs8);
            KeyFactory factory = KeyFactory.getInstance("RSA");
            if (!(factory.generatePrivate(new PKCS8EncodedKeySpec(der)) instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalArgumentException("not an RSA private key with CRT parameters");
            }
            return fromPrivateKey(crt);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a PKCS#8 RSA private key: " + e.getMessage(), e);
        }
    }

    /** Reads a {@code -----BEGIN PRIVATE KEY-----} PEM (PKCS#8), the form a deployer configures. */
    public static RSAKey fromPem(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\\\n|\\s", "");
        return decode(body);
    }

    private static RSAKey fromPrivateKey(RSAPrivateCrtKey privateKey) throws GeneralSecurityException {
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
