package io.multisession.user.control;

import java.util.Locale;

/** Finding accounts by part of their name, as the admin pages search them: case-insensitive, wildcards literal. */
public final class UserSearch {

    public static final int MAX_QUERY = 150;
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    private UserSearch() {
    }

    /**
     * The LIKE pattern (escape character {@code !}) for names containing {@code query}: a {@code %} or {@code _} the
     * admin typed is searched for, not a wildcard. A blank query matches every name.
     */
    public static String containing(String query) {
        String literal = query == null ? "" : query.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + literal + "%";
    }
}
