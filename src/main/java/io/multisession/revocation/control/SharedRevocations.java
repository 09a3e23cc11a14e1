package io.multisession.revocation.control;

import io.multisession.session.control.SessionPolicies;
import io.multisession.session.control.SessionsRevoked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.event.CacheEntryCreatedListener;
import javax.cache.event.CacheEntryEvent;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;

/**
 * Carries revocations to the other instances of a cluster: each revocation is put into a JCache cache (Payara's
 * Hazelcast, clustered with {@code --clustermode}), and every instance listens to that cache and adds what arrives
 * to its own {@link RevokedSessions}, so the access-token check stays in memory everywhere. Without a JCache
 * provider (another server, no clustering) revocations stay local, which is all a single instance needs.
 */
@ApplicationScoped
public class SharedRevocations {

    private static final Logger LOG = Logger.getLogger(SharedRevocations.class.getName());
    static final String CACHE = "multisession-revocations";

    @Inject
    Instance<CacheManager> cacheManagers;

    @Inject
    RevokedSessions revokedSessions;

    @Inject
    SessionPolicies policies;

    private volatile Cache<String, Long> cache;

    void join(@Observes Startup startup) {
        if (!cacheManagers.isResolvable()) {
            LOG.info("No JCache provider: revocations are not shared with other instances");
            return;
        }
        CacheManager manager = cacheManagers.get();
        Cache<String, Long> shared = manager.getCache(CACHE, String.class, Long.class);
        if (shared == null) {
            try {
                shared = manager.createCache(CACHE, new MutableConfiguration<String, Long>()
                        .setTypes(String.class, Long.class)
                        .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS,
                                Math.max(60, policies.longestAccessTokenLifetime().toSeconds())))));
            } catch (javax.cache.CacheException createdByAnotherInstance) {
                shared = manager.getCache(CACHE, String.class, Long.class);
            }
        }
        Listener.target = revokedSessions;
        // one registration per instance: equal configurations may be registered only once per cluster-wide cache
        shared.registerCacheEntryListener(new MutableCacheEntryListenerConfiguration<>(
                FactoryBuilder.factoryOf(new Listener(UUID.randomUUID().toString())), null, false, false));
        cache = shared;
    }

    void share(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsRevoked event) {
        Cache<String, Long> shared = cache;
        if (shared != null) {
            long until = event.accessTokensUntil().toEpochMilli();
            Map<String, Long> entries = event.sessionIds().stream()
                    .collect(Collectors.toMap(Function.identity(), id -> until, (a, b) -> a));
            shared.putAll(entries);
        }
    }

    /** Run by the cache provider, outside CDI, hence the static hand-over of the local view. */
    public static class Listener implements CacheEntryCreatedListener<String, Long>, Serializable {

        private static final long serialVersionUID = 1L;
        static volatile RevokedSessions target;

        private final String instance;

        Listener(String instance) {
            this.instance = instance;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Listener listener && listener.instance.equals(instance);
        }

        @Override
        public int hashCode() {
            return instance.hashCode();
        }

        @Override
        public void onCreated(Iterable<CacheEntryEvent<? extends String, ? extends Long>> events) {
            RevokedSessions local = target;
            if (local != null) {
                events.forEach(event -> local.add(event.getKey(), Instant.ofEpochMilli(event.getValue())));
            }
        }
    }
}
