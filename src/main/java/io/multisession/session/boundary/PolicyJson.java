package io.multisession.session.boundary;

import io.multisession.platform.Jsons;
import io.multisession.session.control.SessionPolicies;
import io.multisession.session.control.SessionPolicy;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The JSON of {@code GET /api/admin/policies}: each value under the name of its config key. */
final class PolicyJson {

    private PolicyJson() {
    }

    static JsonObject of(SessionPolicies.Status status) {
        JsonObjectBuilder types = Jsons.object();
        status.policies().forEach((type, policy) -> types.add(type, of(policy)));
        JsonObjectBuilder json = Jsons.object()
                .add("types", types)
                .add("applied_at", status.appliedAt().toString())
                .add("checked_at", status.checkedAt().toString())
                .add("refresh_interval", status.refreshInterval().toString());
        status.rejectedChange().ifPresentOrElse(
                rejected -> json.add("rejected_change", Jsons.object()
                        .add("error", rejected.error())
                        .add("since", rejected.since().toString())),
                () -> json.addNull("rejected_change"));
        return json.build();
    }

    private static JsonObject of(SessionPolicy policy) {
        JsonObjectBuilder json = Jsons.object()
                .add("refresh-token-lifetime", policy.refreshTokenLifetime().toString())
                .add("access-token-lifetime", policy.accessTokenLifetime().toString())
                .add("max-session-lifetime", policy.maxSessionLifetime().toString())
                .add("rotate-refresh-tokens", policy.rotateRefreshTokens())
                .add("update-last-login", policy.updateLastLogin())
                .add("blacklist-after-rotation", policy.blacklistAfterRotation())
                .add("extend-session", policy.extendSession())
                .add("extend-session-every-time", policy.extendSessionEveryTime())
                .add("limit-number-of-avail-sessions", policy.limitNumberOfAvailSessions())
                .add("max-number-active-sessions", policy.maxNumberActiveSessions())
                .add("extend-session-once-after-each", policy.extendSessionOnceAfterEach().toString())
                .add("destroy-oldest-active-session", policy.destroyOldestActiveSession())
                .add("limit-exempt-groups", Jsons.array(policy.limitExemptGroups().stream().sorted().toList()));
        return json.build();
    }
}
