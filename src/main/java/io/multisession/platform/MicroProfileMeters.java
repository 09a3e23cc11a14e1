package io.multisession.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** {@link MeterBackend} on MicroProfile Metrics (Payara's {@code /metrics}); the registry must come by injection there. */
@ApplicationScoped
public class MicroProfileMeters implements MeterBackend {

    @Inject
    MetricRegistry registry;

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void count(String name, long amount, Map<String, String> tags) {
        registry.counter(name, tags(tags)).inc(amount);
    }

    @Override
    public void time(String name, Duration duration, Map<String, String> tags) {
        registry.timer(name, tags(tags)).update(duration);
    }

    @Override
    public void gauge(String name, Supplier<Number> value, Map<String, String> tags) {
        registry.gauge(name, value, tags(tags));
    }

    private static Tag[] tags(Map<String, String> tags) {
        return tags.entrySet().stream().map(tag -> new Tag(tag.getKey(), tag.getValue())).toArray(Tag[]::new);
    }
}
