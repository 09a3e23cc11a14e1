package io.multisession.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that {@code mvn package} built, with test policies (and any extra lines) appended to its config and
 * test-only beans: an endpoint that changes server config at runtime, a deployer's single-session rule and a
 * deployer's identity store. Everything else is exactly what ships.
 */
final class Deployments {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private Deployments() {
    }

    static WebArchive shippedWarWithTestPolicies(String... extraConfig) {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("multisession.war")));
        String config = read(Path.of("src/main/resources/META-INF/microprofile-config.properties"))
                + "\n" + read(Path.of("src/test/resources/it-overrides.properties"))
                + "\n" + String.join("\n", extraConfig) + "\n";
        war.delete(CONFIG);
        war.add(new StringAsset(config), CONFIG);
        war.addClasses(SoloUsersRule.class, ForeignIdentityStore.class);
        return war;
    }

    /** The same WAR as a file, for tests that start Payara Micro themselves. */
    static Path shippedWarWithTestPoliciesFile() {
        Path file = Path.of("target", "multisession-it.war");
        shippedWarWithTestPolicies().as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    /** The sample resource app of examples/resource-app, compiled with the tests. */
    static Path resourceAppFile() {
        return resourceAppFile(false);
    }

    /** The sample resource app, with the realm client library (realm-client/) in WEB-INF/lib if asked. */
    static Path resourceAppFile(boolean withRealmClient) {
        Path file = Path.of("target", withRealmClient ? "resource-app-realm-client.war" : "resource-app.war");
        WebArchive war = ShrinkWrap.create(WebArchive.class, "resource-app.war");
        if (withRealmClient) {
            war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "multisession-realm-client.jar")
                    .addClasses(io.multisession.realm.client.RealmService.class,
                            io.multisession.realm.client.RevocationFeedFollower.class,
                            io.multisession.realm.client.RevokedSessionFilter.class,
                            io.multisession.realm.client.OnStale.class)
                    .addClass("io.multisession.realm.client.RevokedSessionSet")
                    .addAsManifestResource(new java.io.File("realm-client/src/main/resources/META-INF/beans.xml"), "beans.xml")
                    .addAsManifestResource(new java.io.File(
                            "realm-client/src/main/resources/META-INF/microprofile-config.properties"),
                            "microprofile-config.properties"));
        }
        war
                .addClasses(example.resourceapp.ResourceApplication.class, example.resourceapp.WhoAmIResource.class,
                        example.resourceapp.MissingTokenIsUnauthorized.class)
                .addAsResource(new java.io.File("examples/resource-app/src/main/resources/META-INF/microprofile-config.properties"),
                        "META-INF/microprofile-config.properties")
                .addAsWebInfResource(new java.io.File("examples/resource-app/src/main/webapp/WEB-INF/beans.xml"), "beans.xml")
                .setWebXML(new java.io.File("examples/resource-app/src/main/webapp/WEB-INF/web.xml"))
                .as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
