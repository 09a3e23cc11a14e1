package io.multisession.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * {@link MeterBackend} on Micrometer, whose registry WildFly's micrometer subsystem offers to deployments. That registry
 * exports only meters made through its name-and-tags methods ({@code counter}, {@code gauge}): a meter built with
 * {@code Counter.builder(...).register(registry)} stays in a private registry no endpoint shows.
 */
@ApplicationScoped
public class MicrometerMeters implements MeterBackend {

    @Inject
    Instance<MeterRegistry> registries;

    private MeterRegistry registry;

    /** WildFly's registry looks a meter up among all the server's meters: once per name and tags is enough. */
    private final Map<List<Object>, Counter> counters = new ConcurrentHashMap<>();
    private final Map<List<Object>, Timer> timers = new ConcurrentHashMap<>();

    /** Micrometer holds a gauge's state weakly: these keep the suppliers alive as long as the application. */
    private final List<Supplier<Number>> gaugeValues = new CopyOnWriteArrayList<>();

    @Override
    public boolean available() {
        if (registry == null && registries.isResolvable()) {
            registry = registries.get();
        }
        return registry != null;
    }

    @Override
    public void count(String name, long amount, Map<String, String> tags) {
        counters.computeIfAbsent(List.of(name, tags), key -> registry.counter(name, tags(tags))).increment(amount);
    }

    @Override
    public void time(String name, Duration duration, Map<String, String> tags) {
        timers.computeIfAbsent(List.of(name, tags), key -> registry.timer(name, tags(tags))).record(duration);
    }

    @Override
    public void gauge(String name, Supplier<Number> value, Map<String, String> tags) {
        gaugeValues.add(value);
        registry.gauge(name, tags(tags), value, supplier -> supplier.get().doubleValue());
    }

    /** As an {@code Iterable}: the overloads taking {@code Tags} are newer than WildFly 39's Micrometer (1.15). */
    private static Iterable<Tag> tags(Map<String, String> tags) {
        return tags.entrySet().stream().map(tag -> Tag.of(tag.getKey(), tag.getValue())).toList();
    }
}
