package io.multisession.tokenmanager.boundary;

import io.multisession.platform.Jsons;
import io.multisession.session.entity.LoginSession;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

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
        Jsons.addNullable(json, "ip", session.lastSeenIp() != null ? session.lastSeenIp() : session.loginIp());
        Jsons.addNullable(json, "os", session.os());
        Jsons.addNullable(json, "device_type", session.deviceType());
        Jsons.addNullable(json, "device", session.device());
        Jsons.addNullable(json, "browser", session.browser());
        return json.add("created_at", Jsons.timestamp(session.createdAt()))
                .add("updated_at", Jsons.timestamp(session.lastSeenAt() != null ? session.lastSeenAt()
                        : session.lastUpdate()))
                .add("current", session.id().equals(currentId))
                .build();
    }
}
