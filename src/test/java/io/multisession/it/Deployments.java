package io.multisession.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.asset.StringAsset;
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
        Path file = Path.of("target", "resource-app.war");
        ShrinkWrap.create(WebArchive.class, "resource-app.war")
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
