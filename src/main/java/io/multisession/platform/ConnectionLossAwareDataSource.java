package io.multisession.platform;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * WildFly only: {@code WEB-INF/jboss-web.xml} names this class for the service's datasource; Payara never loads it.
 * WildFly pools the connections of a datasource that a deployment defines without any validation or exception
 * sorter, and there is no setting for either: a connection the database has dropped (restart, failover, a cut
 * network) would stay in the pool for ever, failing every request that draws it. This wraps the configured
 * {@code DataSource} class ({@code multisession.db.datasource-class}) and reports a lost connection as an unchecked
 * exception, which WildFly's pool treats as fatal: it destroys that connection and opens a new one next time. Callers
 * still see an {@code SQLException}, with the original one as its cause.
 */
public class ConnectionLossAwareDataSource implements DataSource {

    private String targetClass = "org.h2.jdbcx.JdbcDataSource";
    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;
    /** Made on the first connection: the pool sets the properties above after it has created this object. */
    private volatile DataSource target;

    public void setTargetClass(String targetClass) {
        this.targetClass = targetClass;
        target = null;
    }

    public void setUrl(String url) {
        this.url = url;
        target = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public void setUser(String user) {
        this.user = user;
        target = null;
    }

    public void setPassword(String password) {
        this.password = password;
        target = null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return watched(target().getConnection(), Connection.class);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return watched(target().getConnection(username, password), Connection.class);
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

    /** A proxy of {@code object} that reports lost connections, also on the statements it creates. */
    private static <T> T watched(T object, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(object, args);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof SQLException sql && isLost(sql) ? new ConnectionLost(sql) : e.getCause();
            }
            return result instanceof Statement statement ? watchedStatement(statement) : result;
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

    private DataSource target() throws SQLException {
        DataSource current = target;
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

    private DataSource create() throws SQLException {
        try {
            Object dataSource = Class.forName(targetClass, true, getClass().getClassLoader())
                    .getConstructor().newInstance();
            set(dataSource, "setURL", url);
            set(dataSource, "setUser", user);
            set(dataSource, "setPassword", password);
            DataSource created = (DataSource) dataSource;
            created.setLoginTimeout(loginTimeout);
            created.setLogWriter(logWriter);
            return created;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new SQLException("Cannot use " + targetClass + " as the service's DataSource", e);
        }
    }

    private static void set(Object dataSource, String setter, String value) throws ReflectiveOperationException {
        if (value != null) {
            dataSource.getClass().getMethod(setter, String.class).invoke(dataSource, value);
        }
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
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return target().isWrapperFor(type);
    }
}
