package io.multisession.session.boundary;

import java.util.List;

/** What logging out a selection of users did: whose sessions ended, and who was skipped for lack of privilege. */
public record UserLogouts(List<LoggedOut> loggedOut, List<String> skipped) {

    public record LoggedOut(String username, int sessionsEnded) {
    }
}
