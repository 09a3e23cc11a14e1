package io.multisession.session.control;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import io.multisession.user.control.GroupNames;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns {@code multisession.policy.*} config values into {@link SessionPolicy} objects, refusing anything unusable
 * with a message that names the key. A key a type does not set, {@code multisession.policy.<TYPE>.<key>}, falls back
 * to {@code multisession.policy.default.<key>}, whose values (the defaults for a new type) live in the WAR's
 * {@code microprofile-config.properties} like every other default. Only {@code refresh-token-lifetime} has no such
 * default, so each type needs at least that. Two defaults are rules rather than values and stay here:
 * {@code max-session-lifetime} is never shorter than the refresh lifetime unless the type sets it, and
 * {@code extend-session-once-after-each} is half the refresh lifetime unless set.
 */
public final class PolicyConfigParser {

    public static final String PREFIX = "multisession.policy.";
    public static final String TYPES_KEY = PREFIX + "types";
    /** Where a key that a type does not set is looked up instead: {@code multisession.policy.default.<key>}. */
    public static final String DEFAULTS_PREFIX = PREFIX + "default.";
    static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    static final String ALL = "ALL";

    private final Function<String, Optional<String>> config;

    /** A value and the key it was read from: the type's own or the default one. */
    private record Setting(String key, String value, boolean ofType) {
    }

    /** @param config looks up one config key; empty when the key is not set */
    public PolicyConfigParser(Function<String, Optional<String>> config) {
        this.config = config;
    }

    /** All configured types in the order of {@code multisession.policy.types}. */
    public Map<String, SessionPolicy> parse() {
        String types = config.apply(TYPES_KEY)
                .orElseThrow(() -> new InvalidPolicyConfigException(TYPES_KEY, "is required"));
        Map<String, SessionPolicy> policies = new LinkedHashMap<>();
        for (String raw : types.split(",")) {
            String type = raw.strip().toUpperCase(Locale.ROOT);
            if (!TYPE_NAME.matcher(type).matches() || ALL.equals(type)) {
                throw new InvalidPolicyConfigException(TYPES_KEY,
                        "'" + raw.strip() + "' is not a type name (A-Z, 0-9, _; not ALL)");
            }
            if (policies.put(type, parse(type)) != null) {
                throw new InvalidPolicyConfigException(TYPES_KEY, "type " + type + " is listed twice");
            }
        }
        return policies;
    }

    SessionPolicy parse(String type) {
        Duration refreshLifetime = duration(type, "refresh-token-lifetime");
        Setting maxSetting = required(type, "max-session-lifetime");
        Duration maxLifetime = duration(maxSetting);
        if (maxLifetime.compareTo(refreshLifetime) < 0) {
            if (maxSetting.ofType()) {
                throw new InvalidPolicyConfigException(maxSetting.key(), "'" + maxSetting.value().strip()
                        + "' must not be shorter than refresh-token-lifetime (" + refreshLifetime + ")");
            }
            maxLifetime = refreshLifetime;
        }
        boolean limit = bool(type, "limit-number-of-avail-sessions");
        Setting maxSessions = required(type, "max-number-active-sessions");
        int max = integer(maxSessions);
        if (max < 1) {
            throw new InvalidPolicyConfigException(maxSessions.key(), "'" + max + "' must be at least 1");
        }
        Optional<Setting> extendOnce = setting(type, "extend-session-once-after-each");
        return new SessionPolicy(type,
                refreshLifetime,
                duration(type, "access-token-lifetime"),
                maxLifetime,
                bool(type, "rotate-refresh-tokens"),
                bool(type, "update-last-login"),
                bool(type, "blacklist-after-rotation"),
                bool(type, "extend-session"),
                bool(type, "extend-session-every-time"),
                // a rule, not a value, so it cannot live in the properties file
                extendOnce.isPresent() ? duration(extendOnce.get()) : refreshLifetime.dividedBy(2),
                limit,
                max,
                bool(type, "destroy-oldest-active-session"),
                groups(type, "limit-exempt-groups"));
    }

    private static String key(String type, String name) {
        return PREFIX + type + "." + name;
    }

    private Optional<Setting> setting(String type, String name) {
        String own = key(type, name);
        Optional<String> value = config.apply(own);
        if (value.isPresent()) {
            return Optional.of(new Setting(own, value.get(), true));
        }
        String fallback = DEFAULTS_PREFIX + name;
        return config.apply(fallback).map(shipped -> new Setting(fallback, shipped, false));
    }

    private Setting required(String type, String name) {
        return setting(type, name).orElseThrow(() -> new InvalidPolicyConfigException(key(type, name), "is required"));
    }

    private Duration duration(String type, String name) {
        return duration(required(type, name));
    }

    private static Duration duration(Setting setting) {
        try {
            Duration duration = Duration.parse(setting.value().strip());
            if (duration.isNegative() || duration.isZero()) {
                throw new InvalidPolicyConfigException(setting.key(), "'" + setting.value().strip()
                        + "' must be a positive duration");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new InvalidPolicyConfigException(setting.key(),
                    "'" + setting.value() + "' is not an ISO-8601 duration such as PT5M or P30D");
        }
    }

    private boolean bool(String type, String name) {
        Setting setting = required(type, name);
        return switch (setting.value().strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidPolicyConfigException(setting.key(),
                    "'" + setting.value().strip() + "' is not true or false");
        };
    }

    /** A comma-separated list of group names; none when the key is not set. */
    private Set<String> groups(String type, String name) {
        Optional<Setting> setting = setting(type, name);
        if (setting.isEmpty()) {
            return Set.of();
        }
        Set<String> groups = new LinkedHashSet<>();
        for (String raw : setting.get().value().split(",")) {
            String group = raw.strip();
            if (!group.isEmpty() && !GroupNames.isValid(group)) {
                throw new InvalidPolicyConfigException(setting.get().key(), "'" + group + "': " + GroupNames.RULE);
            }
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static int integer(Setting setting) {
        try {
            return Integer.parseInt(setting.value().strip());
        } catch (NumberFormatException e) {
            throw new InvalidPolicyConfigException(setting.key(), "'" + setting.value() + "' is not a whole number");
        }
    }
}
