package io.multisession.user.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class Argon2idPasswordHashTest {

    private static Argon2idPasswordHash with(int memoryKib, int iterations) {
        Argon2idPasswordHash hash = new Argon2idPasswordHash();
        hash.initialize(Map.of(Argon2idPasswordHash.MEMORY_KIB, String.valueOf(memoryKib),
                Argon2idPasswordHash.ITERATIONS, String.valueOf(iterations)));
        return hash;
    }

    @Test
    void aHashVerifiesItsPasswordOnlyAndCarriesItsParameters() {
        Argon2idPasswordHash hash = with(7168, 5);
        String stored = hash.generate("correct horse".toCharArray());
        assertTrue(stored.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), stored);
        assertTrue(hash.verify("correct horse".toCharArray(), stored));
        assertFalse(hash.verify("correct horsf".toCharArray(), stored));
        assertFalse(hash.verify("".toCharArray(), stored));
        assertNotEquals(stored, hash.generate("correct horse".toCharArray()), "each hash has its own salt");
    }

    @Test
    void aHashMadeWithOtherParametersStillVerifiesButIsNotCurrent() {
        String older = with(19456, 2).generate("pw".toCharArray());
        Argon2idPasswordHash now = with(7168, 5);
        assertTrue(now.verify("pw".toCharArray(), older));
        assertFalse(now.isCurrent(older));
        assertTrue(now.isCurrent(now.generate("pw".toCharArray())));
    }

    @Test
    void otherAndMalformedHashesAreRefusedNotThrown() {
        Argon2idPasswordHash hash = with(7168, 5);
        String pbkdf2 = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
        assertFalse(hash.verify("pw".toCharArray(), pbkdf2));
        assertFalse(hash.isCurrent(pbkdf2));
        assertFalse(hash.verify("pw".toCharArray(), "$argon2id$v=19$m=7168,t=5,p=1$broken"));
        assertFalse(hash.isCurrent("$argon2id$garbage"));
    }

    @Test
    void parametersWeakerThanOwaspsMinimumAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> with(7168, 4));
        assertThrows(IllegalArgumentException.class, () -> with(4096, 5));
        assertThrows(IllegalArgumentException.class, () -> with(19456, 0));
        assertThrows(IllegalArgumentException.class, () -> with(-1, 5));
        with(19456, 2);
        with(47104, 1);
    }
}
