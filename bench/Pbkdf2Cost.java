import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The CPU cost of one password check as the service configures it (PBKDF2-HMAC-SHA512, 32-byte key), on this JVM,
 * with as many checks running at once as the machine has cores, as under login load: the part of a login that is
 * password hashing. Prints CPU milliseconds per check. Run: java bench/Pbkdf2Cost.java [iterations]
 */
public class Pbkdf2Cost {

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 210_000;
        int threads = Runtime.getRuntime().availableProcessors();
        int rounds = 20;
        AtomicLong cpuNanos = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new Thread(() -> {
                try {
                    SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
                    byte[] salt = new byte[32];
                    for (int warmup = 0; warmup < 5; warmup++) {
                        factory.generateSecret(new PBEKeySpec("warm-up".toCharArray(), salt, iterations, 256));
                    }
                    long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    for (int i = 0; i < rounds; i++) {
                        factory.generateSecret(new PBEKeySpec("bench-password".toCharArray(), salt, iterations, 256));
                    }
                    cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf("%.2f%n", cpuNanos.get() / 1e6 / (rounds * threads));
    }
}
