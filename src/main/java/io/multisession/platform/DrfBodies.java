package io.multisession.platform;

import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The error bodies Django REST framework wrote, for the {@link RouteFamily}s whose clients parse them. */
public final class DrfBodies {

    private DrfBodies() {
    }

    /** {@code {"<field>": ["<message>"]}}, also {@code non_field_errors}. */
    public static JsonStructure fieldError(String field, String message) {
        return Jsons.object().add(field, Jsons.array(List.of(message))).build();
    }

    /** {@code {"detail": "<text>"}}. */
    public static JsonStructure detail(String text) {
        return Jsons.object().add("detail", text).build();
    }

    /** {@code ["<message>"]}: a view's own {@code ValidationError}. */
    public static JsonStructure list(String message) {
        return Jsons.array(List.of(message)).build();
    }

    /** The field error of an invalid request, or its message as a bare list. */
    public static JsonStructure invalid(Problem problem) {
        if (problem.fieldErrors().isEmpty()) {
            return list(problem.detail());
        }
        Map.Entry<String, String> field = problem.fieldErrors().entrySet().iterator().next();
        return fieldError(field.getKey(), field.getValue());
    }

    public static Response answer(int status, JsonStructure body, Problem problem) {
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        problem.headers().forEach(answer::header);
        return answer.build();
    }
}
