package io.multisession.session.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single-session mode from config, read on every login: {@code multisession.single-session.mode} ({@code off},
 * {@code same-type} or {@code all-types}), limited to logins of {@code multisession.single-session.types} and to users
 * in {@code multisession.single-session.groups} (comma-separated) when those are set.
 */
@ApplicationScoped
public class ConfiguredSingleSessionRule implements SingleSessionRule {

    @Inject
    @ConfigProperty(name = "multisession.single-session.mode")
    Provider<String> mode;

    @Inject
    @ConfigProperty(name = "multisession.single-session.types")
    Provider<Optional<String>> limitedToTypes;

    @Inject
    @ConfigProperty(name = "multisession.single-session.groups")
    Provider<Optional<String>> limitedToGroups;

    @Override
    public Scope scopeFor(String username, Set<String> groups, String sessionType) {
        Scope scope = switch (mode.get().strip().toLowerCase(Locale.ROOT)) {
            case "same-type" -> Scope.SAME_TYPE;
            case "all-types" -> Scope.ALL_TYPES;
            default -> Scope.NONE;
        };
        List<String> types = list(limitedToTypes).stream().map(type -> type.toUpperCase(Locale.ROOT)).toList();
        List<String> onlyGroups = list(limitedToGroups);
        boolean typeMatches = types.isEmpty() || types.contains(sessionType);
        boolean groupMatches = onlyGroups.isEmpty() || !Collections.disjoint(onlyGroups, groups);
        return typeMatches && groupMatches ? scope : Scope.NONE;
    }

    /** The entries of a comma-separated list; none when the key is unset. */
    private static List<String> list(Provider<Optional<String>> value) {
        return value.get().stream().flatMap(list -> Arrays.stream(list.split(","))).map(String::strip).toList();
    }
}
