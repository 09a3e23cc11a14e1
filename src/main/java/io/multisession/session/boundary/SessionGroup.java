package io.multisession.session.boundary;

import io.multisession.session.entity.LoginSession;
import java.util.List;

/** The caller's active sessions of one type, with what the limit still allows. */
public record SessionGroup(String type, String availableSessions, List<LoginSession> sessions) {
}
