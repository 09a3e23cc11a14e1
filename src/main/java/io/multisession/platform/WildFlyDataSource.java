package io.multisession.platform;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The service's datasource on WildFly: {@code WEB-INF/jboss-web.xml} names this class (Payara never loads it; there
 * {@link DataSourceConfiguration} defines the datasource). It reads the {@code multisession.db.*} keys from
 * MicroProfile Config, so system properties and environment variables work as on Payara (WildFly's own expressions
 * in the descriptor would split an H2 URL at its semicolons), and opens connections with the named class, a
 * {@code java.sql.Driver} or a {@code DataSource}.
 * <p>
 * WildFly pools the connections of a datasource that a deployment defines without any validation or exception sorter,
 * and has no setting for either: a connection the database has dropped (restart, failover, a cut network) would stay
 * in the pool for ever, failing every request that draws it. So a lost connection is reported as an unchecked
 * exception, which WildFly's pool treats as fatal: it destroys that connection and opens a new one next time. Callers
 * still see an {@code SQLException}, with the original one as its cause.
 */
public class WildFlyDataSource implements DataSource {

    private volatile int loginTimeout;
    private volatile PrintWriter logWriter;
    /** Made on the first connection, when the deployment's config is in place. */
    private volatile ConnectionSource target;

    /** Where connections come from: the configured driver or datasource. */
    @FunctionalInterface
    private interface ConnectionSource {
        Connection open(String user, String password) throws SQLException;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(null, null);
    }

    /** With the configured credentials where the pool passes none (it does not know them). */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Config config = ConfigProvider.getConfig(getClass().getClassLoader());
        String configuredUser = user != null ? user : config.getOptionalValue("multisession.db.user", String.class)
                .orElse(DataSourceConfiguration.DEFAULT_USER);
        String configuredPassword = password != null ? password
                : config.getOptionalValue("multisession.db.password", String.class).orElse("");
        return watched(target().open(configuredUser, configuredPassword), Connection.class);
    }

    /** The cause of a lost connection, thrown unchecked so that the pool drops the connection. */
    public static final class ConnectionLost extends RuntimeException {
        ConnectionLost(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    static boolean isLost(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                || state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** A proxy of {@code object} that reports lost connections, also on the statements and rows it gives. */
    private static <T> T watched(T object, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                return proxy == args[0];
            }
            Object result;
            try {
                result = method.invoke(object, args);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof SQLException sql && isLost(sql) ? new ConnectionLost(sql) : e.getCause();
            }
            if (result instanceof ResultSet rows && !method.getName().equals("unwrap")) {
                return watched(rows, ResultSet.class);
            }
            return result instanceof Statement statement && !method.getName().equals("unwrap")
                    ? watchedStatement(statement) : result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Statement watchedStatement(Statement statement) {
        if (statement instanceof CallableStatement callable) {
            return watched(callable, CallableStatement.class);
        }
        if (statement instanceof PreparedStatement prepared) {
            return watched(prepared, PreparedStatement.class);
        }
        return watched(statement, Statement.class);
    }

    private ConnectionSource target() throws SQLException {
        ConnectionSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    target = create();
                }
                current = target;
            }
        }
        return current;
    }

    private ConnectionSource create() throws SQLException {
        Config config = ConfigProvider.getConfig(getClass().getClassLoader());
        String className = config.getOptionalValue("multisession.db.datasource-class", String.class)
                .orElse(DataSourceConfiguration.DEFAULT_CLASS);
        String url = config.getOptionalValue("multisession.db.url", String.class)
                .orElse(DataSourceConfiguration.DEFAULT_URL);
        try {
            Object instance = Class.forName(className, true, getClass().getClassLoader()).getConstructor().newInstance();
            if (instance instanceof Driver driver) {
                return (user, password) -> {
                    Connection connection = driver.connect(url, credentials(user, password));
                    if (connection == null) {
                        throw new SQLException("multisession.db.url: " + className + " does not accept " + url);
                    }
                    return connection;
                };
            }
            DataSource dataSource = (DataSource) instance;
            dataSource.getClass().getMethod("setURL", String.class).invoke(dataSource, url);
            dataSource.setLoginTimeout(loginTimeout);
            return dataSource::getConnection;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new SQLException("multisession.db.datasource-class: " + className
                    + " is not a JDBC Driver or a DataSource with setURL", e);
        }
    }

    private static Properties credentials(String user, String password) {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return credentials;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger(getClass().getName());
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
