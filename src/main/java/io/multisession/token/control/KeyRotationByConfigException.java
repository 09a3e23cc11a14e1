package io.multisession.token.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;

/** The signing key is configured ({@code multisession.jwt.signing-key}), so it rotates by config, not on request. */
public class KeyRotationByConfigException extends ProblemException {

    public KeyRotationByConfigException() {
        super(ProblemTypes.KEY_ROTATION_BY_CONFIG, 409,
                "The signing key is configured; rotate it by config (see docs/realm-apps.md, key rotation).");
    }
}
