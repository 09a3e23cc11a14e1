package io.multisession.audit.boundary;

import io.multisession.audit.control.AuditFilter;
import io.multisession.audit.control.AuditLog;
import io.multisession.audit.entity.AuditEvent;
import io.multisession.audit.entity.AuditEventType;
import io.multisession.platform.InvalidRequestException;
import io.multisession.platform.Jsons;
import io.multisession.platform.Paging;
import io.multisession.platform.PlainText;
import io.multisession.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code GET /api/admin/audit?page=0&size=50[&user=name][&type=LOGIN][&from=instant][&to=instant]}: the audit log,
 * newest first, with {@code has_more} for paging; {@code GET /api/admin/audit/types}: the event types there are.
 */
@Path("api/admin/audit")
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_USER = 150;
    static final Instant EARLIEST = Instant.EPOCH;
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @Inject
    AuditLog audit;

    @GET
    public JsonObject page(@QueryParam("page") String page,
                           @QueryParam("size") String size,
                           @QueryParam("user") String user,
                           @QueryParam("type") String type,
                           @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        Paging paging = Paging.of(page, size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        if (user != null && user.length() > MAX_USER) {
            throw new InvalidRequestException("user", "At most " + MAX_USER + " characters.");
        }
        PlainText.require("user", user);
        AuditFilter filter = new AuditFilter(present(user), present(type).map(AuditResource::eventType),
                present(from).map(instant -> instant("from", instant)), present(to).map(instant -> instant("to", instant)));
        // one more than asked for tells whether there is a next page
        List<AuditEvent> events = audit.find(filter, paging.offset(), paging.size() + 1);
        JsonArrayBuilder items = Jsons.array();
        events.stream().limit(paging.size()).forEach(event -> items.add(json(event)));
        return Jsons.object().add("page", paging.page()).add("size", paging.size())
                .add("has_more", events.size() > paging.size())
                .add("events", items).build();
    }

    @GET
    @Path("types")
    public JsonArray types() {
        return Jsons.array(Stream.of(AuditEventType.values()).map(Enum::name).toList()).build();
    }

    private static Optional<String> present(String parameter) {
        return Optional.ofNullable(parameter).filter(value -> !value.isBlank());
    }

    private static AuditEventType eventType(String name) {
        try {
            return AuditEventType.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequestException("type", "Not an audit event type; GET /api/admin/audit/types lists them.");
        }
    }

    /** An instant a database can store: years 1970 to 9999 (PostgreSQL's timestamps end in 294276, Java's later). */
    private static Instant instant(String parameter, String text) {
        try {
            Instant instant = Instant.parse(text);
            if (!instant.isBefore(EARLIEST) && !instant.isAfter(LATEST)) {
                return instant;
            }
        } catch (DateTimeParseException notAnInstant) {
            // answered below
        }
        throw new InvalidRequestException(parameter,
                "Expected an ISO-8601 instant between 1970 and 9999, e.g. 2026-12-01T10:00:00Z.");
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
