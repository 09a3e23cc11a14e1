package io.multisession.audit.boundary;

import io.multisession.audit.control.AuditLog;
import io.multisession.audit.entity.AuditEvent;
import io.multisession.platform.InvalidRequestException;
import io.multisession.platform.Jsons;
import io.multisession.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/admin/audit?page=0&size=50[&user=name]}: the audit log, newest first. */
@Path("api/admin/audit")
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    AuditLog audit;

    @GET
    public JsonObject page(@QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("50") int size,
                           @QueryParam("user") String user) {
        if (page < 0 || page > 1_000_000) {
            throw new InvalidRequestException("page", "Must be between 0 and 1000000.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("size", "Must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
        List<AuditEvent> events = audit.page(user, page, size);
        JsonArrayBuilder items = Jsons.array();
        events.forEach(event -> items.add(json(event)));
        return Jsons.object().add("page", page).add("size", size).add("events", items).build();
    }

    private static JsonObjectBuilder json(AuditEvent event) {
        JsonObjectBuilder json = Jsons.object()
                .add("id", event.id())
                .add("at", event.at().toString())
                .add("type", event.type());
        optional(json, "actor", event.actor());
        optional(json, "user", event.subject());
        optional(json, "session_id", event.sessionId());
        optional(json, "ip", event.clientIp());
        optional(json, "detail", event.detail());
        return json;
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
