package io.multisession.session.boundary;

import io.multisession.platform.Jsons;
import io.multisession.session.entity.LoginSession;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/** The seed's session list shape, with the device fields added; shared by the user's and the admin's list. */
final class SessionJson {

    private SessionJson() {
    }

    static JsonObject groups(List<SessionGroup> groups, String currentSessionId) {
        JsonObjectBuilder answer = Jsons.object();
        for (SessionGroup group : groups) {
            JsonArrayBuilder items = Jsons.array();
            group.sessions().forEach(session -> items.add(session(session, currentSessionId)));
            answer.add(caption(group.type()), Jsons.object()
                    .add("Available Sessions", group.availableSessions())
                    .add("Sessions", items));
        }
        return answer.build();
    }

    static JsonObjectBuilder session(LoginSession session, String currentSessionId) {
        JsonObjectBuilder json = Jsons.object()
                .add("session_id", session.id())
                .add("created_at", Jsons.timestamp(session.createdAt()))
                .add("last_update", Jsons.timestamp(session.lastUpdate()))
                .add("expires_at", Jsons.timestamp(session.expiresAt()));
        Jsons.addNullable(json, "session_info", session.info());
        Jsons.addNullable(json, "browser", session.browser());
        Jsons.addNullable(json, "os", session.os());
        Jsons.addNullable(json, "device", session.device());
        Jsons.addNullable(json, "device_model", session.deviceModel());
        Jsons.addNullable(json, "device_type", session.deviceType());
        Jsons.addNullable(json, "ip_address", session.loginIp());
        Jsons.addNullable(json, "last_seen_at",
                session.lastSeenAt() == null ? null : Jsons.timestamp(session.lastSeenAt()));
        Jsons.addNullable(json, "last_seen_ip", session.lastSeenIp());
        return json.add("current", session.id().equals(currentSessionId));
    }

    /** The seed's captions: {@code SHORT} is listed as {@code "Short"}. */
    static String caption(String type) {
        return type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT);
    }
}
