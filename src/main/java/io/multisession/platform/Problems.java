package io.multisession.platform;

import jakarta.ws.rs.core.Response;

/**
 * RFC 9457 problem documents: the media type, titles and default details; resources and filters that answer
 * themselves build a {@link Problem}. {@code type} (one of {@link ProblemTypes}) is what clients branch on; {@code detail} is what
 * DRF clients of the seed read. The document itself is a {@link Problem}.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** The standard reason phrase of the status (also the problem's {@code title}), or "Error" for an unknown one. */
    public static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /**
     * The detail for answers that carry no more specific reason than their status. A 415 names JSON because every
     * endpoint that reads a body takes JSON, except {@code /oauth2}, which answers other bodies itself with an
     * {@link UnsupportedMediaTypeException} naming the form type: no 415 names a type its endpoint does not take.
     */
    public static String defaultDetail(int status) {
        return switch (status) {
            case 401 -> "Authentication credentials were not provided or are not valid.";
            case 403 -> "You do not have permission to perform this action.";
            case 404 -> "Not found.";
            case 405 -> "Method not allowed.";
            case 406 -> "Not acceptable.";
            case 415 -> "Unsupported media type; send application/json.";
            default -> status >= 500 ? "Internal error." : "Bad request.";
        };
    }
}
