package io.multisession.session.control;

import io.multisession.bruteforce.control.InvalidCredentialsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The seed's shared {@code secret_key}: required on login, refresh and logout when {@code multisession.client-secret}
 * is set, compared in constant time. Unlike the seed it has nothing to do with the token signing key.
 */
@ApplicationScoped
public class ClientSecret {

    @Inject
    @ConfigProperty(name = "multisession.client-secret")
    Optional<String> expected;

    public void verify(Optional<String> presented) {
        if (expected.isEmpty()) {
            return;
        }
        if (presented.isEmpty() || !SecureTokens.sameSecret(presented.get(), expected.get())) {
            throw new InvalidCredentialsException();
        }
    }
}
