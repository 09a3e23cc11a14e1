package io.multisession.migration;

import io.multisession.user.control.GroupNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the groups of accounts and sessions from one comma-joined column into a row per group, so that no group name
 * can split or merge. A joined string is split as the service always read it; names that do not fit
 * {@link GroupNames} are dropped with a log line. Java, not SQL, because splitting a string differs between H2 and
 * PostgreSQL; the DDL is plain SQL both run.
 */
public class V2__Groups_in_rows extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V2__Groups_in_rows.class.getName());
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE USER_ACCOUNT_GROUP ("
                    + " USERNAME VARCHAR(150) NOT NULL REFERENCES USER_ACCOUNT (USERNAME) ON DELETE CASCADE,"
                    + " GROUP_ORDER INTEGER NOT NULL,"
                    + " GROUP_NAME VARCHAR(64) NOT NULL,"
                    + " PRIMARY KEY (USERNAME, GROUP_ORDER))");
            ddl.execute("CREATE TABLE LOGIN_SESSION_GROUP ("
                    + " SESSION_ID VARCHAR(32) NOT NULL REFERENCES LOGIN_SESSION (ID) ON DELETE CASCADE,"
                    + " GROUP_ORDER INTEGER NOT NULL,"
                    + " GROUP_NAME VARCHAR(64) NOT NULL,"
                    + " PRIMARY KEY (SESSION_ID, GROUP_ORDER))");
        }
        copy(connection, "SELECT USERNAME, GROUP_NAMES FROM USER_ACCOUNT",
                "INSERT INTO USER_ACCOUNT_GROUP (USERNAME, GROUP_ORDER, GROUP_NAME) VALUES (?, ?, ?)");
        copy(connection, "SELECT ID, GROUP_NAMES FROM LOGIN_SESSION",
                "INSERT INTO LOGIN_SESSION_GROUP (SESSION_ID, GROUP_ORDER, GROUP_NAME) VALUES (?, ?, ?)");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE USER_ACCOUNT DROP COLUMN GROUP_NAMES");
            ddl.execute("ALTER TABLE LOGIN_SESSION DROP COLUMN GROUP_NAMES");
        }
    }

    private static void copy(Connection connection, String select, String insert) throws SQLException {
        try (Statement read = connection.createStatement(); ResultSet rows = read.executeQuery(select);
             PreparedStatement write = connection.prepareStatement(insert)) {
            int pending = 0;
            while (rows.next()) {
                String owner = rows.getString(1);
                int order = 0;
                for (String group : groupsOf(rows.getString(2), owner)) {
                    write.setString(1, owner);
                    write.setInt(2, order++);
                    write.setString(3, group);
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    static List<String> groupsOf(String joined, String owner) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        List<String> split = Arrays.asList(joined.split(","));
        List<String> valid = GroupNames.validOf(split, owner);
        if (valid.size() != split.size()) {
            LOG.warning(() -> "Migration dropped invalid or repeated group names of " + owner);
        }
        return valid;
    }
}
