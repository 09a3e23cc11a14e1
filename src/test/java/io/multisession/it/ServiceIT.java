package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void connect() {
        // the adapter does not report a failed deployment; an empty context path shows it (Payara deploys the
        // test WAR at /multisession/, WildFly at the root that jboss-web.xml names: the build says which)
        String contextRoot = System.getProperty("multisession.it.context-root", "/multisession/");
        assertTrue(url.getPath().endsWith(contextRoot), "deployment failed: " + url);
        api = new Api(url);
    }
}
