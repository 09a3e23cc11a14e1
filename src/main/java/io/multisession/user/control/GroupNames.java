package io.multisession.user.control;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * What a group name may be, wherever it comes from: the account API refuses other names, and names from any
 * identity store (LDAP, a deployer's store) that do not fit are dropped with a log line, never split or repaired,
 * so that a name such as {@code x,admin} can never turn into {@code admin} in an access token.
 */
public final class GroupNames {

    public static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    public static final String RULE = "Group names use 1 to 64 letters, digits and . _ - only.";

    private static final Logger LOG = Logger.getLogger(GroupNames.class.getName());

    private GroupNames() {
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /** The valid names of {@code groups}, in order and without repeats; each invalid one is logged and dropped. */
    public static List<String> validOf(Collection<String> groups, String caller) {
        Set<String> valid = new LinkedHashSet<>();
        for (String group : groups) {
            if (isValid(group)) {
                valid.add(group);
            } else {
                LOG.warning(() -> "Dropped an invalid group name from the identity store for caller '" + caller
                        + "' (" + RULE + ")");
            }
        }
        return List.copyOf(valid);
    }
}
