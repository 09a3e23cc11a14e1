package io.multisession.oauth.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;

/** A call for realm clients only (introspection, the revocation feed) without valid client credentials. */
public class InvalidClientException extends ProblemException {

    public InvalidClientException(String detail) {
        super(ProblemTypes.INVALID_CLIENT, 401, detail);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"multisession\"");
    }
}
