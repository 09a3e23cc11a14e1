package io.multisession.token.control;

import io.multisession.platform.ProblemException;

/** The signing key is configured ({@code multisession.jwt.signing-key}), so it rotates by config, not on request. */
public class KeyRotationByConfigException extends ProblemException {

    public KeyRotationByConfigException() {
        super(409, "The signing key is configured; rotate it by config (see README, key rotation).");
    }
}
