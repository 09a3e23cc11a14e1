package io.multisession.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's datasource. The {@code ${MPCONFIG=key:default}} placeholders are Payara's: they read server-level
 * config (system properties, environment, Payara config sources), never the WAR's own properties file, so the
 * database and its password are chosen by the deployer. On another server, replace only this class.
 * The default is an H2 file database under {@code ./data}, relative to the server's working directory.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/multisession",
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "${MPCONFIG=multisession.db.url:jdbc:h2:file:./data/multisession;MODE=LEGACY;LOCK_TIMEOUT=10000}",
        user = "${MPCONFIG=multisession.db.user:sa}",
        password = "${MPCONFIG=multisession.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
public class DataSourceConfiguration {
}
