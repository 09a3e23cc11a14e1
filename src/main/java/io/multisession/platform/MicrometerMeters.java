package io.multisession.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;

/** {@link MeterBackend} on Micrometer, whose registry WildFly's micrometer subsystem offers to deployments. */
@ApplicationScoped
public class MicrometerMeters implements MeterBackend {

    @Inject
    Instance<MeterRegistry> registries;

    private MeterRegistry registry;

    @Override
    public boolean available() {
        if (registry == null && registries.isResolvable()) {
            registry = registries.get();
        }
        return registry != null;
    }

    @Override
    public void count(String name, long amount, Map<String, String> tags) {
        Counter.builder(name).tags(tags(tags)).register(registry).increment(amount);
    }

    @Override
    public void gauge(String name, Supplier<Number> value, Map<String, String> tags) {
        Gauge.builder(name, value).tags(tags(tags)).register(registry);
    }

    private static Tags tags(Map<String, String> tags) {
        Tags all = Tags.empty();
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            all = all.and(tag.getKey(), tag.getValue());
        }
        return all;
    }
}
