package io.multisession.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
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

    /**
     * Jersey otherwise answers {@code OPTIONS} on any resource with a generated WADL document: XML from a JSON API,
     * and a second, unmaintained description of the endpoints next to {@code /openapi}. Without it, {@code OPTIONS}
     * still answers with {@code Allow}. The key is Jersey's; other JAX-RS implementations ignore properties they do
     * not know, so this needs no dependency on Jersey and stays portable.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
