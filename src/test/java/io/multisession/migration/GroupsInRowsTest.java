package io.multisession.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/** V2 on a database of V1 with rows in it: every group becomes a row of its own, in order; the old columns go. */
class GroupsInRowsTest {

    private static final String URL = "jdbc:h2:mem:groups-in-rows;MODE=LEGACY;DB_CLOSE_DELAY=-1";

    @Test
    void joinedGroupsBecomeRowsAndInvalidNamesAreDropped() throws SQLException {
        flyway().target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(URL); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO USER_ACCOUNT VALUES ('root', 'h', 'admin,staff', TRUE, CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO USER_ACCOUNT VALUES ('plain', 'h', '', TRUE, CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO LOGIN_SESSION (ID, OWNER, SESSION_TYPE, REFRESH_TOKEN_HASH, GROUP_NAMES, CREATED_AT,"
                    + " LAST_UPDATE, LAST_EXTENDED_AT, EXPIRES_AT) VALUES ('s1', 'root', 'SHORT', 'x', 'user,admin,bad name,"
                    + "admin', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }

        flyway().load().migrate();

        assertEquals(List.of("root 0 admin", "root 1 staff"),
                rows("SELECT USERNAME, GROUP_ORDER, GROUP_NAME FROM USER_ACCOUNT_GROUP ORDER BY 1, 2"));
        assertEquals(List.of("s1 0 user", "s1 1 admin"),
                rows("SELECT SESSION_ID, GROUP_ORDER, GROUP_NAME FROM LOGIN_SESSION_GROUP ORDER BY 1, 2"));
        assertThrows(SQLException.class, () -> rows("SELECT GROUP_NAMES FROM LOGIN_SESSION"));
        try (Connection connection = DriverManager.getConnection(URL); Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM LOGIN_SESSION WHERE ID = 's1'");
        }
        assertEquals(List.of(), rows("SELECT SESSION_ID FROM LOGIN_SESSION_GROUP"), "deleted with their session");
    }

    private static FluentConfiguration flyway() {
        return Flyway.configure().dataSource(URL, "", "").locations("classpath:db/migration")
                .javaMigrations(new V2__Groups_in_rows());
    }

    private static List<String> rows(String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL); Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery(query)) {
            List<String> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join(" ", values));
            }
            return rows;
        }
    }
}
