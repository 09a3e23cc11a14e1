import java.lang.management.ManagementFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

/**
 * The CPU cost of signing one access token as the service does, and of verifying it as a resource app does, with
 * RS256 (a 2048-bit RSA key) or ES256 (P-256), on this JVM: the floor of every login and refresh, and what each
 * request costs an app that verifies our tokens itself. Prints "sign-ms verify-ms".
 * Run: java bench/SignatureCost.java [RS256|ES256]
 */
public class SignatureCost {

    public static void main(String[] args) throws Exception {
        boolean ec = args.length > 0 && args[0].equals("ES256");
        KeyPairGenerator generator = KeyPairGenerator.getInstance(ec ? "EC" : "RSA");
        if (ec) {
            generator.initialize(new ECGenParameterSpec("secp256r1"));
        } else {
            generator.initialize(2048);
        }
        KeyPair key = generator.generateKeyPair();
        String algorithm = ec ? "SHA256withECDSAinP1363Format" : "SHA256withRSA";
        byte[] claims = new byte[420];
        byte[] signed = sign(key, algorithm, claims);
        for (int warmup = 0; warmup < 3000; warmup++) {
            sign(key, algorithm, claims);
            verify(key, algorithm, claims, signed);
        }
        int rounds = 3000;
        long start = cpu();
        for (int i = 0; i < rounds; i++) {
            sign(key, algorithm, claims);
        }
        double signMs = (cpu() - start) / 1e6 / rounds;
        start = cpu();
        for (int i = 0; i < rounds; i++) {
            verify(key, algorithm, claims, signed);
        }
        double verifyMs = (cpu() - start) / 1e6 / rounds;
        System.out.printf("%.3f %.3f%n", signMs, verifyMs);
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static byte[] sign(KeyPair key, String algorithm, byte[] claims) throws Exception {
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(key.getPrivate());
        signature.update(claims);
        return signature.sign();
    }

    private static void verify(KeyPair key, String algorithm, byte[] claims, byte[] signed) throws Exception {
        Signature signature = Signature.getInstance(algorithm);
        signature.initVerify(key.getPublic());
        signature.update(claims);
        if (!signature.verify(signed)) {
            throw new IllegalStateException("did not verify");
        }
    }
}
