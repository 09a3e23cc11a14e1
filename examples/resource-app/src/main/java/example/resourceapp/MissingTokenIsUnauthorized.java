package example.resourceapp;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A call without a token is a 401 challenge, as MP-JWT specifies, on every server: RESTEasy (WildFly) answers a
 * {@code @RolesAllowed} check with 403 before anyone has authenticated.
 */
@Provider
public class MissingTokenIsUnauthorized implements ExceptionMapper<ForbiddenException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(ForbiddenException forbidden) {
        return security.getUserPrincipal() == null
                ? Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build()
                : forbidden.getResponse();
    }
}
