package io.multisession.jwtdevices.boundary;

import io.multisession.platform.Jsons;
import io.multisession.session.entity.LoginSession;
import jakarta.json.JsonObject;

/**
 * A session as drf-jwt-devices listed a device. Its {@code name} was the {@code X-Device-Model} header, else the
 * User-Agent, and {@code details} the User-Agent when a model was given: we keep no raw User-Agent, so both use what
 * was read from it ("Chrome 131 on Android 14").
 */
final class DeviceJson {

    private DeviceJson() {
    }

    static JsonObject of(LoginSession session) {
        String agent = agentOf(session);
        return Jsons.object()
                .add("id", session.id())
                .add("created", Jsons.timestamp(session.createdAt()))
                .add("name", session.deviceModel() != null ? session.deviceModel() : agent)
                .add("details", session.deviceModel() != null ? agent : "")
                .add("last_request_datetime", Jsons.timestamp(session.lastSeenAt() != null ? session.lastSeenAt()
                        : session.lastUpdate()))
                .build();
    }

    private static String agentOf(LoginSession session) {
        if (session.browser() == null) {
            return session.os() == null ? "" : session.os();
        }
        return session.os() == null ? session.browser() : session.browser() + " on " + session.os();
    }
}
