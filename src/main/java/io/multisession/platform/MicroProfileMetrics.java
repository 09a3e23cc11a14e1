package io.multisession.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The only class that touches the MicroProfile Metrics API. On a server without that API (WildFly 39) this class
 * cannot load, CDI leaves the bean out, and callers that inject it as an {@code Instance} find it unresolvable: the
 * metrics are then off and every other bean still deploys. (Callers test {@code isResolvable()} themselves: calling
 * anything static here would load this class.) The registry itself still comes by plain injection, as Payara needs it to.
 * Tags are name/value pairs: {@code count("x", 1, "reason", "expired")}.
 */
@ApplicationScoped
public class MicroProfileMetrics {

    @Inject
    MetricRegistry registry;

    public void count(String name, long amount, String... tags) {
        registry.counter(name, tags(tags)).inc(amount);
    }

    public void gauge(String name, Supplier<Long> value, String... tags) {
        registry.gauge(name, value, tags(tags));
    }

    private static Tag[] tags(String... pairs) {
        Tag[] tags = new Tag[pairs.length / 2];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = new Tag(pairs[2 * i], pairs[2 * i + 1]);
        }
        return tags;
    }
}
