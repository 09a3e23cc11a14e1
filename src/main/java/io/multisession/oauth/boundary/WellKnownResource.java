package io.multisession.oauth.boundary;

import io.multisession.platform.Jsons;
import io.multisession.token.control.SigningKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What resource apps need to trust our tokens: the public keys as a JWKS, and a discovery document naming the
 * issuer and our endpoints. Public by nature.
 */
@Path(".well-known")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class WellKnownResource {

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    /** How long resource apps may cache the JWKS; must stay below {@code multisession.jwt.publish-ahead}. */
    @Inject
    @ConfigProperty(name = "multisession.jwks.max-age")
    Duration maxAge;

    @Context
    UriInfo uri;

    @GET
    @Path("jwks.json")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) maxAge.toSeconds());
        return Response.ok(keys.published(clock.instant()).toString(false)).cacheControl(cache).build();
    }

    @GET
    @Path("openid-configuration")
    public JsonObject configuration() {
        String base = uri.getBaseUri().toString();
        return Jsons.object()
                .add("issuer", issuer)
                .add("jwks_uri", base + ".well-known/jwks.json")
                .add("token_endpoint", base + "api/session/login/")
                .add("introspection_endpoint", base + "oauth2/introspect")
                .add("revocation_endpoint", base + "oauth2/revoke")
                .add("id_token_signing_alg_values_supported", Jsons.array().add("RS256").add("ES256"))
                .add("introspection_endpoint_auth_methods_supported", Jsons.array().add("client_secret_basic"))
                .add("revocation_endpoint_auth_methods_supported", Jsons.array().add("none"))
                .add("backchannel_logout_supported", true)
                .add("backchannel_logout_session_supported", true)
                .build();
    }
}
