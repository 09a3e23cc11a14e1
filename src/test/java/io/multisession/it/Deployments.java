package io.multisession.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that {@code mvn package} built, with test policies appended to its config and a test-only endpoint that
 * changes server config at runtime. Everything else is exactly what ships.
 */
final class Deployments {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private Deployments() {
    }

    static WebArchive shippedWarWithTestPolicies() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("multisession.war")));
        String config = read(Path.of("src/main/resources/META-INF/microprofile-config.properties"))
                + "\n" + read(Path.of("src/test/resources/it-overrides.properties"));
        war.delete(CONFIG);
        war.add(new StringAsset(config), CONFIG);
        war.addClass(ServerConfigResource.class);
        return war;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
