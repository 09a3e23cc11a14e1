package io.multisession.user.control;

import io.multisession.platform.ProblemException;

/** No account of the built-in identity store has this name. */
public class UserNotFoundException extends ProblemException {

    public UserNotFoundException() {
        super(404, "User not found.");
    }
}
