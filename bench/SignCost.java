import java.lang.management.ManagementFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;

/**
 * The CPU cost of signing one access token as the service does (RS256, a 2048-bit RSA key), on this JVM: the floor
 * of every login and refresh, whatever the rest of the request costs. Prints CPU milliseconds per signature.
 * Run: java bench/SignCost.java
 */
public class SignCost {

    public static void main(String[] args) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        byte[] claims = new byte[420];
        for (int warmup = 0; warmup < 3000; warmup++) {
            sign(key, claims);
        }
        int rounds = 2000;
        long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            sign(key, claims);
        }
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start;
        System.out.printf("%.3f%n", cpu / 1e6 / rounds);
    }

    private static byte[] sign(KeyPair key, byte[] claims) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key.getPrivate());
        signature.update(claims);
        return signature.sign();
    }
}
