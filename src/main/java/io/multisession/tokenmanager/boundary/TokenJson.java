package io.multisession.tokenmanager.boundary;

import io.multisession.platform.Jsons;
import io.multisession.session.entity.LoginSession;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A session as django-token-manager listed a token: {@code user} is the username (the seed's was a numeric user id)
 * and {@code ip} the address it was last seen from.
 */
final class TokenJson {

    private TokenJson() {
    }

    static JsonObject of(LoginSession session, String currentId) {
        JsonObjectBuilder json = Jsons.object()
                .add("id", session.id())
                .add("user", session.owner());
        text(json, "ip", session.lastSeenIp() != null ? session.lastSeenIp() : session.loginIp());
        text(json, "os", session.os());
        text(json, "device_type", session.deviceType());
        text(json, "device", session.device());
        text(json, "browser", session.browser());
        return json.add("created_at", timestamp(session.createdAt()))
                .add("updated_at", timestamp(session.lastSeenAt() != null ? session.lastSeenAt()
                        : session.lastUpdate()))
                .add("current", session.id().equals(currentId))
                .build();
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
