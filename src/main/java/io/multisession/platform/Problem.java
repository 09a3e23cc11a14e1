package io.multisession.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/**
 * One problem answer as a plain value: what {@link ProblemMapper} decides, checked by unit tests without a JAX-RS
 * runtime (building a {@link Response} needs one), and turned into a {@link Response} in one place.
 *
 * @param type one of {@link ProblemTypes}
 * @param fieldErrors field name to message, for the DRF-style {@code errors} member; usually empty
 * @param headers extra response headers, such as {@code Retry-After}
 */
public record Problem(String type, int status, String detail, Map<String, String> fieldErrors,
                      Map<String, String> headers) {

    public Problem {
        fieldErrors = Map.copyOf(fieldErrors);
        headers = Map.copyOf(headers);
    }

    /** An answer with no reason beyond its status, typed by {@link ProblemTypes#forStatus(int)}. */
    public static Problem of(int status, String detail) {
        return of(ProblemTypes.forStatus(status), status, detail);
    }

    public static Problem of(String type, int status, String detail) {
        return new Problem(type, status, detail, Map.of(), Map.of());
    }

    public Problem withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new Problem(type, status, detail, fieldErrors, more);
    }

    /** The status's reason phrase, as RFC 9457 suggests for {@code title} of a problem. */
    public String title() {
        return Problems.reasonPhrase(status);
    }

    public JsonObject body() {
        JsonObjectBuilder problem = Jsons.object()
                .add("type", type)
                .add("title", title())
                .add("status", status)
                .add("detail", detail);
        if (!fieldErrors.isEmpty()) {
            JsonObjectBuilder errors = Jsons.object();
            fieldErrors.forEach((field, message) -> errors.add(field, Jsons.array().add(message)));
            problem.add("errors", errors);
        }
        return problem.build();
    }

    /** Writes the answer where a servlet answers itself, outside JAX-RS. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        headers.forEach(response::setHeader);
        response.getWriter().write(body().toString());
    }

    /**
     * The answer, with the standard reason phrase given explicitly rather than left to the implementation's lookup
     * of the code. Do not pass the result through {@code Response.fromResponse}: that copies only the code.
     * <p>
     * Whether the phrase reaches the wire is up to the runtime: Servlet 6 has no {@code setStatus(int, String)}, and
     * the Jersey in Payara 6 hands the container only the code, so there Grizzly's own table decides, which lacks
     * 429 ({@code CUSTOM}). Clients must not rely on reason phrases (RFC 9112, section 4); the {@code title} is right.
     */
    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status, title()).type(Problems.MEDIA_TYPE)
                .entity(body().toString());
        headers.forEach(response::header);
        return response.build();
    }
}
