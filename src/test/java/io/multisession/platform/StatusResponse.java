package io.multisession.platform;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Response that is only a status and headers, for the WebApplicationExceptions of unit tests: the project has no
 * JAX-RS implementation on the test classpath, and {@code Response.status(..).build()} needs one (RuntimeDelegate).
 */
final class StatusResponse extends Response {

    private final Status status;
    private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

    StatusResponse(Status status) {
        this.status = status;
    }

    /** With an {@code Allow} header, as NotAllowedException requires. */
    static StatusResponse notAllowed(String... allowed) {
        StatusResponse response = new StatusResponse(Status.METHOD_NOT_ALLOWED);
        response.headers.add("Allow", String.join(",", allowed));
        return response;
    }

    @Override
    public int getStatus() {
        return status.getStatusCode();
    }

    @Override
    public StatusType getStatusInfo() {
        return status;
    }

    @Override
    public Set<String> getAllowedMethods() {
        String allow = getHeaderString("Allow");
        return allow == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(allow.split(",")));
    }

    @Override
    public MultivaluedMap<String, Object> getMetadata() {
        return headers;
    }

    @Override
    public MultivaluedMap<String, String> getStringHeaders() {
        MultivaluedMap<String, String> strings = new MultivaluedHashMap<>();
        headers.forEach((name, values) -> values.forEach(value -> strings.add(name, String.valueOf(value))));
        return strings;
    }

    @Override
    public String getHeaderString(String name) {
        Object value = headers.getFirst(name);
        return value == null ? null : value.toString();
    }

    // Nothing below is used by the mapper: no entity, no cookies, no links.

    @Override
    public Object getEntity() {
        return null;
    }

    @Override
    public <T> T readEntity(Class<T> entityType) {
        throw new IllegalStateException("no entity");
    }

    @Override
    public <T> T readEntity(GenericType<T> entityType) {
        throw new IllegalStateException("no entity");
    }

    @Override
    public <T> T readEntity(Class<T> entityType, Annotation[] annotations) {
        throw new IllegalStateException("no entity");
    }

    @Override
    public <T> T readEntity(GenericType<T> entityType, Annotation[] annotations) {
        throw new IllegalStateException("no entity");
    }

    @Override
    public boolean hasEntity() {
        return false;
    }

    @Override
    public boolean bufferEntity() {
        return false;
    }

    @Override
    public void close() {
    }

    @Override
    public MediaType getMediaType() {
        return null;
    }

    @Override
    public Locale getLanguage() {
        return null;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public Map<String, NewCookie> getCookies() {
        return Map.of();
    }

    @Override
    public EntityTag getEntityTag() {
        return null;
    }

    @Override
    public Date getDate() {
        return null;
    }

    @Override
    public Date getLastModified() {
        return null;
    }

    @Override
    public URI getLocation() {
        return null;
    }

    @Override
    public Set<Link> getLinks() {
        return Set.of();
    }

    @Override
    public boolean hasLink(String relation) {
        return false;
    }

    @Override
    public Link getLink(String relation) {
        return null;
    }

    @Override
    public Link.Builder getLinkBuilder(String relation) {
        return null;
    }
}
