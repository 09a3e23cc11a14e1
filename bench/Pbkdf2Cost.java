import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The cost of one password check as the service configures it (PBKDF2-HMAC-SHA512, 32-byte key), on this JVM:
 * the part of a login that is password hashing. Run: java bench/Pbkdf2Cost.java [iterations]
 */
public class Pbkdf2Cost {

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 210_000;
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
        byte[] salt = new byte[32];
        for (int warmup = 0; warmup < 5; warmup++) {
            factory.generateSecret(new PBEKeySpec("warm-up".toCharArray(), salt, iterations, 256));
        }
        int rounds = 20;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            factory.generateSecret(new PBEKeySpec("bench-password".toCharArray(), salt, iterations, 256));
        }
        System.out.printf("%.2f%n", (System.nanoTime() - start) / 1e6 / rounds);
    }
}
