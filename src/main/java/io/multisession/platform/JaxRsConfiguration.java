package io.multisession.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Activates JAX-RS for the whole context and MP-JWT as its authentication.
 * {@code @ApplicationScoped} is needed because Payara only sees {@code @LoginConfig} on a CDI bean.
 */
@ApplicationScoped
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.USER, Roles.ADMIN, Roles.SECURITY_ADMIN})
@OpenAPIDefinition(info = @Info(title = "Multisession", version = "0.1.0",
        description = "Login sessions across devices: the simplejwt_multisessions contract, JWT access tokens, "
                + "session admin, JWKS, introspection and revocation."))
public class JaxRsConfiguration extends Application {
}
