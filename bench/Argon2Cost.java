import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CPU cost of one password check as the service configures it by default (Argon2id through argon2-jvm, m=7 MiB,
 * t=5, p=1), with as many checks running at once as the machine has cores, as under login load. Prints CPU
 * milliseconds per check. Run with the WAR's libraries on the class path:
 * java -cp 'target/multisession/WEB-INF/lib/*' bench/Argon2Cost.java [memoryKib iterations]
 */
public class Argon2Cost {

    public static void main(String[] args) throws Exception {
        int memoryKib = args.length > 1 ? Integer.parseInt(args[0]) : 7168;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, 16, 32);
        String stored = argon2.hash(iterations, memoryKib, 1, "bench-password".toCharArray());
        int threads = Runtime.getRuntime().availableProcessors();
        int rounds = 40;
        AtomicLong cpuNanos = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new Thread(() -> {
                for (int warmup = 0; warmup < 10; warmup++) {
                    argon2.verify(stored, "bench-password".toCharArray());
                }
                long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int i = 0; i < rounds; i++) {
                    argon2.verify(stored, "bench-password".toCharArray());
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
}
