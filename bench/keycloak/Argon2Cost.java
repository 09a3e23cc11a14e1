import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The CPU cost of one Argon2id password check as Keycloak stores the bench user's password (BouncyCastle's generator,
 * which Keycloak's argon2 provider uses, from Keycloak's own lib/), with as many checks running at once as the machine
 * has cores, as under login load: the Keycloak counterpart of bench/Pbkdf2Cost.java. Prints CPU milliseconds per check.
 * Run: java -cp bcprov.jar bench/keycloak/Argon2Cost.java memoryKiB iterations parallelism hashLength
 */
public class Argon2Cost {

    public static void main(String[] args) throws Exception {
        int memory = Integer.parseInt(args[0]);
        int iterations = Integer.parseInt(args[1]);
        int parallelism = Integer.parseInt(args[2]);
        int hashLength = Integer.parseInt(args[3]);
        int threads = Runtime.getRuntime().availableProcessors();
        int rounds = 40;
        AtomicLong cpuNanos = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new Thread(() -> {
                Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                        .withVersion(Argon2Parameters.ARGON2_VERSION_13).withIterations(iterations)
                        .withMemoryAsKB(memory).withParallelism(parallelism).withSalt(new byte[16]).build();
                byte[] hash = new byte[hashLength];
                for (int warmup = 0; warmup < 10; warmup++) {
                    check(parameters, "warm-up", hash);
                }
                long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int i = 0; i < rounds; i++) {
                    check(parameters, "bench-password", hash);
                }
                cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start);
            }));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf("%.2f%n", cpuNanos.get() / 1e6 / (rounds * threads));
    }

    private static void check(Argon2Parameters parameters, String password, byte[] hash) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        generator.generateBytes(password.toCharArray(), hash);
    }
}
