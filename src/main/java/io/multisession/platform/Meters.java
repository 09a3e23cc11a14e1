package io.multisession.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The application's counters, timers and gauges, on the server's metrics API: MicroProfile Metrics on Payara, Micrometer on
 * WildFly. Components depend on this class only, so none of them disappears on a server that lacks one of the APIs;
 * with neither, metrics are off and the log says so.
 */
@ApplicationScoped
public class Meters {

    private static final Logger LOG = Logger.getLogger(Meters.class.getName());

    @Inject
    @Any
    Instance<MeterBackend> backends;

    private MeterBackend backend;

    @PostConstruct
    void choose() {
        backend = backends.stream().filter(MeterBackend::available).findFirst().orElse(null);
        if (backend == null) {
            LOG.warning("Neither MicroProfile Metrics nor Micrometer is available: application metrics are off");
        }
    }

    public void count(String name, long amount, Map<String, String> tags) {
        if (backend != null) {
            backend.count(name, amount, tags);
        }
    }

    public void count(String name) {
        count(name, 1, Map.of());
    }

    public void time(String name, Duration duration, Map<String, String> tags) {
        if (backend != null) {
            backend.time(name, duration, tags);
        }
    }

    public void gauge(String name, Supplier<Number> value, Map<String, String> tags) {
        if (backend != null) {
            backend.gauge(name, value, tags);
        }
    }
}
