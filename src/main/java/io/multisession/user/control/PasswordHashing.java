package io.multisession.user.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.PasswordHash;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashes through Jakarta Security: new ones with the configured algorithm ({@code argon2id}, the default, or
 * {@code pbkdf2} for shops that must use FIPS-approved algorithms), checks with whichever algorithm made the stored
 * hash, so that a change of algorithm or parameters keeps every password working and {@link #isCurrent} tells a
 * login to store a new hash. Parameters are read at start and written into every hash.
 * <p>
 * Hashes run on as many threads of their own as the machine has cores, and callers wait for them: each hash keeps a
 * core busy for milliseconds, so more at once would only make each slower. Argon2id allocates its 7 MiB in native
 * memory, where the C allocator keeps what a thread freed for that thread's next use: on two threads that is 14 MiB,
 * where every request thread hashing in turn would have kept it in each of up to 16 allocator arenas.
 * {@link #verifyNothing(char[])} spends the same time as a real check, so that a login for an unknown user cannot be
 * told apart from a wrong password by its duration.
 */
@ApplicationScoped
public class PasswordHashing {

    static final String PBKDF2_ALGORITHM = "PBKDF2WithHmacSHA512";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    Argon2idPasswordHash argon2id;

    @Inject
    @ConfigProperty(name = "multisession.password.algorithm")
    String algorithm;

    @Inject
    @ConfigProperty(name = "multisession.password.pbkdf2-iterations")
    int pbkdf2Iterations;

    @Inject
    @ConfigProperty(name = "multisession.password.argon2id.memory-kib")
    int argon2idMemoryKib;

    @Inject
    @ConfigProperty(name = "multisession.password.argon2id.iterations")
    int argon2idIterations;

    @Inject
    @ConfigProperty(name = "multisession.password.argon2id.parallelism")
    int argon2idParallelism;

    @Resource
    ManagedThreadFactory threads;

    private ExecutorService hashing;
    private PasswordHash configured;
    private String decoyHash;

    @PostConstruct
    void configure() {
        hashing = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), threads);
        if (pbkdf2Iterations < 1024) {
            throw new IllegalStateException("multisession.password.pbkdf2-iterations must be at least 1024 (Soteria's minimum)");
        }
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", PBKDF2_ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(pbkdf2Iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        try {
            argon2id.initialize(Map.of(
                    Argon2idPasswordHash.MEMORY_KIB, String.valueOf(argon2idMemoryKib),
                    Argon2idPasswordHash.ITERATIONS, String.valueOf(argon2idIterations),
                    Argon2idPasswordHash.PARALLELISM, String.valueOf(argon2idParallelism)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("multisession.password.argon2id.*: " + e.getMessage(), e);
        }
        configured = switch (algorithm.trim().toLowerCase(Locale.ROOT)) {
            case "argon2id" -> argon2id;
            case "pbkdf2" -> pbkdf2;
            default -> throw new IllegalStateException(
                    "multisession.password.algorithm must be argon2id or pbkdf2, not '" + algorithm + "'");
        };
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoyHash = configured.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    public String hash(char[] password) {
        return onHashingThread(() -> configured.generate(password));
    }

    public boolean verify(char[] password, String hash) {
        PasswordHash maker = Argon2idPasswordHash.owns(hash) ? argon2id : pbkdf2;
        return onHashingThread(() -> maker.verify(password, hash));
    }

    public void verifyNothing(char[] password) {
        verify(password, decoyHash);
    }

    /** The configured algorithm with its parameters, as an audit detail says it. */
    public String algorithm() {
        return configured == argon2id ? "argon2id m=" + argon2idMemoryKib + " KiB, t=" + argon2idIterations + ", p="
                + argon2idParallelism : "pbkdf2 " + PBKDF2_ALGORITHM + ", " + pbkdf2Iterations + " iterations";
    }

    /** Whether the hash was made with the configured algorithm and parameters; a login replaces one that was not. */
    public boolean isCurrent(String hash) {
        return configured == argon2id ? argon2id.isCurrent(hash)
                : hash.startsWith(PBKDF2_ALGORITHM + ":" + pbkdf2Iterations + ":");
    }

    @PreDestroy
    void stop() {
        hashing.shutdownNow();
    }

    private <T> T onHashingThread(Callable<T> work) {
        try {
            return hashing.submit(work).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while hashing a password", e);
        }
    }
}
