package io.multisession.user.control;

import io.multisession.platform.ProblemException;

/** An account with this username exists already. */
public class UsernameTakenException extends ProblemException {

    public UsernameTakenException(String username) {
        super(409, "A user named '" + username + "' exists already.");
    }
}
