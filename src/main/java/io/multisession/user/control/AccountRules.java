package io.multisession.user.control;

import io.multisession.platform.InvalidRequestException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an account of the built-in store may look like, checked for every way one is made (the account API and the
 * first admin from config alike): a username of letters, digits and {@code . _ @ + -} (not only dots), a password of at least eight
 * characters, and valid group names.
 */
public final class AccountRules {

    /** Not only dots: "." and ".." would be taken for path segments in URLs such as /api/admin/users/{name}. */
    static final Pattern USERNAME = Pattern.compile("(?!\\.+$)[A-Za-z0-9._@+-]{1,150}");
    static final int MIN_PASSWORD_LENGTH = 8;

    private AccountRules() {
    }

    public static void requireValidUsername(String username) {
        if (!isValidUsername(username)) {
            throw new InvalidRequestException("username", "Use letters, digits and . _ @ + - only (not only dots).");
        }
    }

    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public static void requireValidPassword(char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new InvalidRequestException("password",
                    "Ensure this field has at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }

    public static void requireValidGroups(List<String> groups) {
        if (!groups.stream().allMatch(GroupNames::isValid)) {
            throw new InvalidRequestException("groups", GroupNames.RULE);
        }
    }
}
