package io.multisession.token.boundary;

import com.nimbusds.jose.jwk.JWK;
import io.multisession.token.control.PrivateKeys;
import io.multisession.token.control.SigningAlgorithm;
import io.multisession.token.entity.KeyMaterial;
import io.multisession.token.entity.SigningKey;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * Generates the first keys of an empty database, in a transaction of its own: the refresh rotation secret and,
 * unless a signing key is configured, the first signing key. When instances of a cluster start together, the
 * secret's primary key lets exactly one of them win; the others fail here and read what the winner stored.
 */
@Stateless
public class KeyBootstrap {

    private static final int ROTATION_SECRET_BYTES = 32;

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void initialiseIfEmpty(Instant now, boolean signingKeyConfigured, SigningAlgorithm algorithm) {
        if (em.find(KeyMaterial.class, KeyMaterial.REFRESH_ROTATION_SECRET) != null) {
            return;
        }
        byte[] secret = new byte[ROTATION_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        em.persist(new KeyMaterial(KeyMaterial.REFRESH_ROTATION_SECRET, "hmac",
                Base64.getEncoder().encodeToString(secret), now));
        if (!signingKeyConfigured && em.createNamedQuery(SigningKey.ALL, SigningKey.class).getResultList().isEmpty()) {
            JWK first = algorithm.generate();
            em.persist(new SigningKey(first.getKeyID(), PrivateKeys.encode(first), now, now));
        }
        em.flush();
    }
}
