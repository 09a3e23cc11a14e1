package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the Arquillian test classes: each gets its own Payara Micro with the shipped WAR, the test policies and
 * {@link TestKeys#TRUSTED} as an additional trusted key, and an {@link Api} on loopback.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ServiceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWarWithTestPolicies(TestKeys.trustedKeyConfig());
    }

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void connect() throws Exception {
        // the adapter does not report a failed deployment; an empty context path shows it (Payara deploys the
        // test WAR at /multisession/, WildFly at the root that jboss-web.xml names: the build says which)
        String contextRoot = System.getProperty("multisession.it.context-root", "/multisession/");
        assertTrue(url.getPath().endsWith(contextRoot), "deployment failed: " + url);
        api = new Api(listening(url));
    }

    /**
     * The deployment's URL where it really listens. Now and then Payara Micro's automatic port binding moves its HTTP
     * listener one port up after the port the adapter reports was bound once (its log says "bound to
     * [http-listener:8233]" and then "Created HTTP listener http-listener on host/port 0.0.0.0:8234"), and every
     * request of the class is refused. The next ports are tried until one answers with our JWKS.
     */
    private static URL listening(URL reported) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (int offset = 0; offset <= 2; offset++) {
                URL candidate = new URL(reported.getProtocol(), "127.0.0.1", reported.getPort() + offset,
                        reported.getPath());
                if (answersAsUs(candidate)) {
                    return candidate;
                }
            }
            Thread.sleep(300);
        }
        return reported;
    }

    private static boolean answersAsUs(URL candidate) {
        try {
            HttpResponse<String> answer = PROBE.send(HttpRequest.newBuilder(URI.create(candidate
                    + ".well-known/jwks.json")).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"keys\"");
        } catch (IOException notThere) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
