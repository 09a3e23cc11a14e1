package io.multisession.session.boundary;

import io.multisession.session.control.SessionStore;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/** Writes a session's last use off the request thread (how often is {@code device.control.LastSeen}'s decision). */
@Stateless
public class SessionActivity {

    @Inject
    SessionStore store;

    @Asynchronous
    public void recordSeen(String sessionId, String clientIp, Instant at) {
        store.recordSeen(sessionId, clientIp, at);
    }
}
