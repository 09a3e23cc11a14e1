package io.multisession.bruteforce.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;

/**
 * Username, password or client secret is wrong, or the account is disabled. One message for all of them, so that
 * the answer tells an attacker nothing about which part was right.
 */
public class InvalidCredentialsException extends ProblemException {

    public InvalidCredentialsException() {
        super(ProblemTypes.INVALID_CREDENTIALS, 400, "Invalid Credentials or not active account found!");
    }
}
