package io.multisession.session.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Single-session mode from config, read on every login: {@code multisession.single-session.mode} ({@code off},
 * {@code same-type} or {@code all-types}), limited to logins of {@code multisession.single-session.types} and to users
 * in {@code multisession.single-session.groups} (comma-separated) when those are set.
 */
@ApplicationScoped
public class ConfiguredSingleSessionRule implements SingleSessionRule {

    static final String MODE = "multisession.single-session.mode";
    static final String TYPES = "multisession.single-session.types";
    static final String GROUPS = "multisession.single-session.groups";

    /** Read through {@link Config} on every login: a {@code Provider} lookup costs more than the read itself. */
    @Inject
    Config config;

    @Override
    public Scope scopeFor(String username, Set<String> groups, String sessionType) {
        Scope scope = switch (config.getValue(MODE, String.class).strip().toLowerCase(Locale.ROOT)) {
            case "same-type" -> Scope.SAME_TYPE;
            case "all-types" -> Scope.ALL_TYPES;
            default -> Scope.NONE;
        };
        List<String> types = list(TYPES).stream().map(type -> type.toUpperCase(Locale.ROOT)).toList();
        List<String> onlyGroups = list(GROUPS);
        boolean typeMatches = types.isEmpty() || types.contains(sessionType);
        boolean groupMatches = onlyGroups.isEmpty() || !Collections.disjoint(onlyGroups, groups);
        return typeMatches && groupMatches ? scope : Scope.NONE;
    }

    /** The entries of a comma-separated list; none when the key is unset. */
    private List<String> list(String key) {
        return config.getOptionalValue(key, String.class).stream()
                .flatMap(list -> Arrays.stream(list.split(","))).map(String::strip).toList();
    }
}
