package io.multisession.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test deployment only: sets a system property in the server JVM, as a deployer would change server config.
 * Never part of the shipped WAR.
 */
@Path("test-support/system-properties/{key}")
@PermitAll
public class ServerConfigResource {

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    public void set(@PathParam("key") String key, String value) {
        System.setProperty(key, value);
    }
}
