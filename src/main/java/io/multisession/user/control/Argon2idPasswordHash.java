package io.multisession.user.control;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import jakarta.enterprise.context.Dependent;
import jakarta.security.enterprise.identitystore.PasswordHash;
import java.util.Map;

/**
 * Argon2id as a Jakarta Security {@link PasswordHash}, through the reference C implementation (argon2-jvm). Hashes are
 * PHC strings ({@code $argon2id$v=19$m=7168,t=5,p=1$salt$hash}) that carry their own parameters, so a hash made with
 * other parameters still verifies and {@link #isCurrent} tells which ones to hash again. Parameters come through
 * {@link #initialize} like Soteria's PBKDF2 hash's: {@value #MEMORY_KIB}, {@value #ITERATIONS}, {@value #PARALLELISM}.
 */
@Dependent
public class Argon2idPasswordHash implements PasswordHash {

    public static final String MEMORY_KIB = "Argon2id.MemoryKiB";
    public static final String ITERATIONS = "Argon2id.Iterations";
    public static final String PARALLELISM = "Argon2id.Parallelism";
    static final String PREFIX = "$argon2id$";
    /**
     * OWASP's recommended settings (7 MiB with 5 passes, 9 with 4, 12 with 3, 19 with 2, 46 with 1) all fill at least
     * 7 MiB x 5 in all, so memory times passes may not fall below that. It is a floor, not OWASP's table: it also
     * lets through 35 MiB with one pass, which OWASP does not list.
     */
    static final long MIN_MEMORY_PASSES_KIB = 7 * 1024 * 5;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Argon2 ARGON2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, SALT_BYTES,
            HASH_BYTES);

    private volatile Parameters parameters = new Parameters(7 * 1024, 5, 1);

    record Parameters(int memoryKib, int iterations, int parallelism) {
        Parameters {
            if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1
                    || (long) memoryKib * iterations < MIN_MEMORY_PASSES_KIB) {
                throw new IllegalArgumentException("Argon2id with m=" + memoryKib + " KiB, t=" + iterations
                        + ", p=" + parallelism + " fills less memory than OWASP's settings"
                        + " (m x t at least 7 MiB x 5, p at least 1)");
            }
        }
    }

    @Override
    public void initialize(Map<String, String> settings) {
        Parameters defaults = parameters;
        parameters = new Parameters(
                intOf(settings, MEMORY_KIB, defaults.memoryKib()),
                intOf(settings, ITERATIONS, defaults.iterations()),
                intOf(settings, PARALLELISM, defaults.parallelism()));
    }

    @Override
    public String generate(char[] password) {
        Parameters current = parameters;
        return ARGON2.hash(current.iterations(), current.memoryKib(), current.parallelism(), password);
    }

    /** Constant time in the hash comparison (the C library's {@code argon2_verify}); false for a malformed hash. */
    @Override
    public boolean verify(char[] password, String hashedPassword) {
        try {
            return owns(hashedPassword) && ARGON2.verify(hashedPassword, password);
        } catch (IllegalStateException malformed) {
            return false;
        }
    }

    /** Whether {@code hashedPassword} is an Argon2id hash at all, whatever its parameters. */
    static boolean owns(String hashedPassword) {
        return hashedPassword.startsWith(PREFIX);
    }

    /** Whether the hash is Argon2id with exactly the parameters in force. */
    boolean isCurrent(String hashedPassword) {
        Parameters current = parameters;
        try {
            return owns(hashedPassword) && !ARGON2.needsRehash(hashedPassword, current.iterations(),
                    current.memoryKib(), current.parallelism());
        } catch (IllegalArgumentException | IllegalStateException malformed) {
            return false;
        }
    }

    private static int intOf(Map<String, String> settings, String key, int fallback) {
        String value = settings.get(key);
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'", e);
        }
    }
}
