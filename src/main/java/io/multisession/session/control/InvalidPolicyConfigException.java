package io.multisession.session.control;

/** A policy key holds a value that cannot be used; the message names the key. Fails the deployment at start. */
public class InvalidPolicyConfigException extends RuntimeException {

    public InvalidPolicyConfigException(String key, String problem) {
        super("Invalid session policy config " + key + ": " + problem);
    }
}
