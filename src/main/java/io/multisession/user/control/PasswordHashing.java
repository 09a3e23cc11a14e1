package io.multisession.user.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2 password hashes through Jakarta Security. The iteration count is read at start and written into every new
 * hash, so raising it later still verifies older hashes. {@link #verifyNothing(char[])} spends the same time as a real
 * check, so that a login for an unknown user cannot be told apart from a wrong password by its duration.
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "multisession.password.pbkdf2-iterations")
    int iterations;

    private String decoyHash;

    @PostConstruct
    void configure() {
        if (iterations < 1024) {
            throw new IllegalStateException("multisession.password.pbkdf2-iterations must be at least 1024 (Soteria's minimum)");
        }
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoyHash = pbkdf2.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    public void verifyNothing(char[] password) {
        pbkdf2.verify(password, decoyHash);
    }
}
