package io.multisession.session.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Single-session mode from config, read on every login: {@code multisession.single-session.mode} ({@code off},
 * {@code same-type} or {@code all-types}), limited to logins of {@code multisession.single-session.types} and to users
 * in {@code multisession.single-session.groups} when those are set.
 */
@ApplicationScoped
public class ConfiguredSingleSessionRule implements SingleSessionRule {

    @Inject
    Config config;

    @Override
    public Scope scopeFor(String username, Set<String> groups, String sessionType) {
        Scope scope = switch (config.getOptionalValue("multisession.single-session.mode", String.class).orElse("off")
                .strip().toLowerCase(Locale.ROOT)) {
            case "same-type" -> Scope.SAME_TYPE;
            case "all-types" -> Scope.ALL_TYPES;
            default -> Scope.NONE;
        };
        List<String> types = list("multisession.single-session.types").stream()
                .map(type -> type.toUpperCase(Locale.ROOT)).toList();
        List<String> onlyGroups = list("multisession.single-session.groups");
        boolean typeMatches = types.isEmpty() || types.contains(sessionType);
        boolean groupMatches = onlyGroups.isEmpty() || !Collections.disjoint(onlyGroups, groups);
        return typeMatches && groupMatches ? scope : Scope.NONE;
    }

    private List<String> list(String key) {
        return config.getOptionalValues(key, String.class).orElse(List.of()).stream().map(String::strip).toList();
    }
}
