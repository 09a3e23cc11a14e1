package io.multisession.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The seed's endpoints take form bodies as DRF did: before matching, a form posted to one of them is turned into
 * the JSON object of its fields ({@link FormBodies}), so the resources, their validation and their answers stay the
 * JSON ones. Other endpoints keep refusing forms with a 415.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class FormBodyFilter implements ContainerRequestFilter {

    /** The seed's six endpoints, and the seed clients' logins (drf-jwt-devices, django-token-manager). */
    static final Set<String> FORM_PATHS = Set.of("api/session/login", "api/session/refresh", "api/session/list",
            "api/session/destroy", "api/session/destroyAllOther", "api/session/logout", "auth-token", "token/get",
            "token/verify");

    @Override
    public void filter(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (!HttpMethod.POST.equals(request.getMethod()) || !FormBodies.isForm(contentType)
                || !FORM_PATHS.contains(RequestPaths.normalised(request.getUriInfo().getPath()))) {
            return;
        }
        byte[] json = FormBodies.toJson(contentType, JsonRequest.readBounded(request.getEntityStream())).toString()
                .getBytes(StandardCharsets.UTF_8);
        request.setEntityStream(new ByteArrayInputStream(json));
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
    }
}
