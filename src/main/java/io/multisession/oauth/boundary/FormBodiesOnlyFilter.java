package io.multisession.oauth.boundary;

import io.multisession.platform.UnsupportedMediaTypeException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * The OAuth endpoints (RFC 7662, RFC 7009) take form bodies only. Any other body is refused here, before matching,
 * with a 415 that names the form type: JAX-RS's own 415 would carry the JSON wording the other endpoints need.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class FormBodiesOnlyFilter implements ContainerRequestFilter {

    static final String OAUTH_PATH = "oauth2/";

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        MediaType type = request.getMediaType();
        if (HttpMethod.POST.equals(request.getMethod()) && type != null
                && (path.startsWith(OAUTH_PATH) || path.startsWith("/" + OAUTH_PATH))
                && !MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)) {
            throw new UnsupportedMediaTypeException(MediaType.APPLICATION_FORM_URLENCODED);
        }
    }
}
