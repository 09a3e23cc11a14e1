package io.multisession.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Builds RFC 9457 problem documents. {@code type} (one of {@link ProblemTypes}) is what clients branch on;
 * {@code detail} is what DRF clients of the seed read.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static JsonObject body(String type, int status, String detail, Map<String, String> fieldErrors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        JsonObjectBuilder problem = Jsons.object()
                .add("type", type)
                .add("title", known == null ? "Error" : known.getReasonPhrase())
                .add("status", status)
                .add("detail", detail);
        if (!fieldErrors.isEmpty()) {
            JsonObjectBuilder errors = Jsons.object();
            fieldErrors.forEach((field, message) -> errors.add(field, Jsons.array().add(message)));
            problem.add("errors", errors);
        }
        return problem.build();
    }

    /** The detail for answers that carry no more specific reason than their status. */
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

    /** An answer with no reason beyond its status, typed by {@link ProblemTypes#forStatus(int)}. */
    public static Response response(int status, String detail) {
        return response(ProblemTypes.forStatus(status), status, detail);
    }

    public static Response response(String type, int status, String detail) {
        return response(type, status, detail, Map.of());
    }

    public static Response response(String type, int status, String detail, Map<String, String> fieldErrors) {
        return Response.status(status).type(MEDIA_TYPE).entity(body(type, status, detail, fieldErrors).toString())
                .build();
    }
}
