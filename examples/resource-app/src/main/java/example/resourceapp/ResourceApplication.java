package example.resourceapp;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** MP-JWT for the whole app; {@code @ApplicationScoped} because Payara reads {@code @LoginConfig} from CDI beans. */
@ApplicationScoped
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles("user")
public class ResourceApplication extends Application {
}
