package io.multisession.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's datasource. The {@code ${MPCONFIG=key:default}} placeholders are Payara's: they read server-level
 * config (system properties, environment, Payara config sources), never the WAR's own properties file, so the
 * database and its password are chosen by the deployer. WildFly does not resolve them: there, {@code jboss-web.xml}
 * replaces this definition with {@link WildFlyDataSource}, which reads the same keys.
 * The default is an H2 file database under {@code ./data}, relative to the server's working directory; for
 * PostgreSQL set {@code multisession.db.datasource-class=org.postgresql.ds.PGSimpleDataSource} and the URL.
 * {@code WRITE_DELAY=0}: H2 otherwise keeps up to a second of committed transactions in memory, which a killed
 * process would lose.
 * The H2 default names its {@code Driver}, not {@code JdbcDataSource}: Payara makes an XA pool of any class that is
 * an {@code XADataSource}, and H2's XA connections roll back (and so write a chunk to disk) on every return to the
 * pool, which cost a third of a refresh. The service uses one database, so XA buys nothing.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/multisession",
        className = "${MPCONFIG=multisession.db.datasource-class:" + DataSourceConfiguration.DEFAULT_CLASS + "}",
        url = "${MPCONFIG=multisession.db.url:" + DataSourceConfiguration.DEFAULT_URL + "}",
        user = "${MPCONFIG=multisession.db.user:" + DataSourceConfiguration.DEFAULT_USER + "}",
        password = "${MPCONFIG=multisession.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            // Payara: check connections before use and drop them all after a failure, so the service recovers by
            // itself when the database comes back after an outage.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DataSourceConfiguration {

    /** The defaults of the {@code multisession.db.*} keys, here and in {@link WildFlyDataSource}. */
    static final String DEFAULT_CLASS = "org.h2.Driver";
    static final String DEFAULT_URL = "jdbc:h2:file:./data/multisession;MODE=LEGACY;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    static final String DEFAULT_USER = "sa";
}
