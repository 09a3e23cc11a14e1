package io.multisession.platform;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A metrics API a server may or may not offer. Each implementation references only its own API, so on a server
 * without that API its class cannot load and CDI leaves it out; {@link Meters} uses whichever is there.
 */
public interface MeterBackend {

    /** Whether the server offers this API to the application (its classes may be there without a registry). */
    boolean available();

    void count(String name, long amount, Map<String, String> tags);

    void time(String name, Duration duration, Map<String, String> tags);

    /** Registers a gauge once; {@code value} is read on every scrape. */
    void gauge(String name, Supplier<Number> value, Map<String, String> tags);
}
