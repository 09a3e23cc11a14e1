package io.multisession.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * Activates JAX-RS for the whole context and MP-JWT as its authentication.
 * {@code @ApplicationScoped} is needed because Payara only sees {@code @LoginConfig} on a CDI bean.
 */
@ApplicationScoped
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.USER, Roles.ADMIN, Roles.SECURITY_ADMIN})
public class JaxRsConfiguration extends Application {
}
