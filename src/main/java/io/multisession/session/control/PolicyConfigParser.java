package io.multisession.session.control;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns {@code multisession.policy.*} config values into {@link SessionPolicy} objects, refusing anything unusable
 * with a message that names the key. Only {@code refresh-token-lifetime} is required for a type; see docs/configuration.md for the
 * defaults of the other keys.
 */
public final class PolicyConfigParser {

    public static final String PREFIX = "multisession.policy.";
    public static final String TYPES_KEY = PREFIX + "types";
    static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    static final String ALL = "ALL";
    static final Duration DEFAULT_MAX_SESSION_LIFETIME = Duration.ofDays(90);

    private final Function<String, Optional<String>> config;

    /** @param config looks up one config key; empty when the key is not set */
    public PolicyConfigParser(Function<String, Optional<String>> config) {
        this.config = config;
    }

    /** All configured types in the order of {@code multisession.policy.types}. */
    public Map<String, SessionPolicy> parse() {
        String types = config.apply(TYPES_KEY).orElse("SHORT,LONG");
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
        Duration refreshLifetime = duration(type, "refresh-token-lifetime", null);
        Duration maxLifetime = duration(type, "max-session-lifetime", longer(DEFAULT_MAX_SESSION_LIFETIME, refreshLifetime));
        if (maxLifetime.compareTo(refreshLifetime) < 0) {
            throw new InvalidPolicyConfigException(key(type, "max-session-lifetime"),
                    "must not be shorter than refresh-token-lifetime (" + refreshLifetime + ")");
        }
        boolean limit = bool(type, "limit-number-of-avail-sessions", false);
        int max = integer(type, "max-number-active-sessions", 1);
        if (max < 1) {
            throw new InvalidPolicyConfigException(key(type, "max-number-active-sessions"), "must be at least 1");
        }
        return new SessionPolicy(type,
                refreshLifetime,
                duration(type, "access-token-lifetime", Duration.ofMinutes(5)),
                maxLifetime,
                bool(type, "rotate-refresh-tokens", false),
                bool(type, "update-last-login", false),
                bool(type, "blacklist-after-rotation", true),
                bool(type, "extend-session", false),
                bool(type, "extend-session-every-time", false),
                duration(type, "extend-session-once-after-each", refreshLifetime.dividedBy(2)),
                limit,
                max,
                bool(type, "destroy-oldest-active-session", false));
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String type, String name) {
        return PREFIX + type + "." + name;
    }

    private Duration duration(String type, String name, Duration defaultValue) {
        String key = key(type, name);
        Optional<String> value = config.apply(key);
        if (value.isEmpty()) {
            if (defaultValue == null) {
                throw new InvalidPolicyConfigException(key, "is required");
            }
            return defaultValue;
        }
        try {
            Duration duration = Duration.parse(value.get().strip());
            if (duration.isNegative() || duration.isZero()) {
                throw new InvalidPolicyConfigException(key, "must be a positive duration");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new InvalidPolicyConfigException(key, "'" + value.get() + "' is not an ISO-8601 duration such as PT5M or P30D");
        }
    }

    private boolean bool(String type, String name, boolean defaultValue) {
        String key = key(type, name);
        return config.apply(key).map(String::strip).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidPolicyConfigException(key, "'" + value + "' is not true or false");
        }).orElse(defaultValue);
    }

    private int integer(String type, String name, int defaultValue) {
        String key = key(type, name);
        Optional<String> value = config.apply(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get().strip());
        } catch (NumberFormatException e) {
            throw new InvalidPolicyConfigException(key, "'" + value.get() + "' is not a whole number");
        }
    }
}
