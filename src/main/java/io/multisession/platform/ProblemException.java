package io.multisession.platform;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A request that failed for a reason the client can act on. Subclasses name the reason with a type of
 * {@link ProblemTypes}; the type, the status and the {@code detail} text go to the client as
 * {@code application/problem+json} through {@link ProblemMapper}.
 * As an EJB application exception it reaches the mapper unwrapped and rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ProblemException extends RuntimeException {

    private final String type;
    private final int status;
    private final Map<String, String> fieldErrors;

    protected ProblemException(String type, int status, String detail) {
        this(type, status, detail, Map.of());
    }

    protected ProblemException(String type, int status, String detail, Map<String, String> fieldErrors) {
        super(detail, null, false, false);
        this.type = type;
        this.status = status;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** The problem's {@code type}, one of {@link ProblemTypes}: what clients branch on. */
    public String type() {
        return type;
    }

    public int status() {
        return status;
    }

    /** Field name to message, for the DRF-style {@code errors} member; empty when no single field is at fault. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Extra response headers, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
