package io.multisession.it;

import io.multisession.session.control.SingleSessionRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Test deployment only: a deployer's own single-session rule, as a CDI bean. Users whose name starts with
 * {@code solo-} keep one session per type.
 */
@ApplicationScoped
public class SoloUsersRule implements SingleSessionRule {

    @Override
    public Scope scopeFor(String username, Set<String> groups, String sessionType) {
        return username.startsWith("solo-") ? Scope.SAME_TYPE : Scope.NONE;
    }
}
