package io.multisession.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * JSON-P through one provider looked up once. {@code jakarta.json.Json}'s static methods look the provider up on
 * every call (a service-loader search through the class loader, under a lock), which the benchmark showed to be a
 * bottleneck of every request.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonArrayBuilder array(Collection<?> values) {
        return PROVIDER.createArrayBuilder(values);
    }

    /** The value, or JSON {@code null} when there is none (the seed's lists show absent facts that way). */
    public static JsonObjectBuilder addNullable(JsonObjectBuilder json, String name, String value) {
        return value == null ? json.addNull(name) : json.add(name, value);
    }

    /** An instant as every answer writes it: ISO-8601 in UTC, whole seconds. */
    public static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public static JsonParser parser(InputStream json) {
        return PROVIDER.createParser(json);
    }
}
