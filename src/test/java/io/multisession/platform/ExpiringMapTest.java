package io.multisession.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ExpiringMapTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    final Instant now = clock.instant();

    @Test
    void anEntryIsLiveUntilItsExpiryAndThenGone() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10);
        map.put("a", "A", now.plusSeconds(10), now);

        assertEquals("A", map.get("a", now));
        assertEquals("A", map.get("a", now.plusSeconds(10).minusNanos(1)));
        assertNull(map.get("a", now.plusSeconds(10)));
        assertEquals(0, map.size(), "reading an expired entry removes it");
        assertNull(map.get("b", now));
    }

    @Test
    void aValueThatHasAlreadyExpiredOnlyRemovesTheKey() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10);
        map.put("a", "A", now.plusSeconds(10), now);
        map.put("a", "stale", now, now);

        assertNull(map.get("a", now.minusSeconds(1)));
        assertEquals(0, map.size());
    }

    @Test
    void anEntryWithoutExpiryStays() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10);
        map.put("a", "A", ExpiringMap.NEVER, now);

        assertEquals("A", map.get("a", Instant.parse("9999-12-31T23:59:59Z")));
    }

    @Test
    void computeSeesOnlyTheLiveEntryAndCanKeepReplaceOrRemoveIt() {
        ExpiringMap<String, Integer> map = new ExpiringMap<>(10);
        map.put("a", 1, now.plusSeconds(10), now);

        AtomicReference<ExpiringMap.Entry<Integer>> seen = new AtomicReference<>();
        assertEquals(1, map.compute("a", now, current -> {
            seen.set(current);
            return current;
        }));
        assertEquals(new ExpiringMap.Entry<>(1, now.plusSeconds(10)), seen.get(), "kept as it was");
        assertEquals(1, map.get("a", now.plusSeconds(9)));

        Instant later = now.plusSeconds(20);
        assertEquals(7, map.compute("a", later, current -> {
            assertNull(current, "the expired entry is not handed over");
            return new ExpiringMap.Entry<>(7, later.plusSeconds(5));
        }));
        assertEquals(7, map.get("a", later.plusSeconds(4)));

        assertNull(map.compute("a", later, current -> null));
        assertEquals(0, map.size());
        assertNull(map.compute("a", later, current -> new ExpiringMap.Entry<>(8, later)), "born expired: removed");
        assertEquals(0, map.size());
    }

    @Test
    void removeForgetsAnEntry() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10);
        map.put("a", "A", now.plusSeconds(10), now);
        map.remove("a");

        assertNull(map.get("a", now));
    }

    @Test
    void whenFullExpiredEntriesGoFirst() {
        ExpiringMap<String, Integer> map = new ExpiringMap<>(100);
        for (int i = 0; i < 60; i++) {
            map.put("short-" + i, i, now.plusSeconds(1), now);
        }
        for (int i = 0; i < 40; i++) {
            map.put("long-" + i, i, now.plusSeconds(60), now);
        }
        Instant later = now.plusSeconds(2);
        map.put("new", 0, later.plusSeconds(60), later);

        assertEquals(41, map.size());
        for (int i = 0; i < 40; i++) {
            assertEquals(i, map.get("long-" + i, later));
        }
        assertEquals(0, map.get("new", later));
    }

    @Test
    void whenStillMoreThanHalfFullItIsCleared() {
        ExpiringMap<String, Integer> map = new ExpiringMap<>(100);
        for (int i = 0; i < 100; i++) {
            map.put("k" + i, i, now.plusSeconds(60), now);
        }
        assertEquals(100, map.size());

        map.put("new", 0, now.plusSeconds(60), now);

        assertEquals(1, map.size());
        assertEquals(0, map.get("new", now));
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        ExpiringMap<Integer, Integer> map = new ExpiringMap<>(3000);
        for (int i = 0; i < 10_000; i++) {
            map.put(i, i, now.plusSeconds(60), now);
            assertTrue(map.size() <= 3000);
        }
        assertEquals(9999, map.get(9999, now));
    }

    @Test
    void expiredEntriesAreSweptOnceTheMapHasGrownSoMemoryFollowsTheLiveOnes() {
        ExpiringMap<Integer, Integer> map = new ExpiringMap<>(ExpiringMap.UNBOUNDED);
        for (int i = 0; i < ExpiringMap.FIRST_SWEEP; i++) {
            map.put(i, i, now.plusSeconds(1), now);
        }
        Instant later = now.plusSeconds(2);
        map.put(-1, -1, later.plusSeconds(1), later);

        assertEquals(1, map.size());
    }

    @Test
    void anUnboundedMapKeepsEveryLiveEntry() {
        ExpiringMap<Integer, Integer> map = new ExpiringMap<>(ExpiringMap.UNBOUNDED);
        for (int i = 0; i < 20_000; i++) {
            map.put(i, i, now.plusSeconds(60), now);
        }

        assertEquals(20_000, map.size());
        assertEquals(0, map.get(0, now));
    }

    @Test
    void concurrentComputesLoseNoUpdate() throws Exception {
        ExpiringMap<String, Integer> map = new ExpiringMap<>(100);
        int threads = 4;
        int increments = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < increments; i++) {
                        String key = "k" + (i % 10);
                        map.compute(key, now, current -> new ExpiringMap.Entry<>(
                                current == null ? 1 : current.value() + 1, now.plus(Duration.ofMinutes(1))));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        int total = 0;
        for (int k = 0; k < 10; k++) {
            total += map.get("k" + k, now);
        }
        assertEquals(threads * increments, total);
    }

    @Test
    void concurrentWritersOfManyKeysKeepItBounded() throws Exception {
        ExpiringMap<String, Integer> map = new ExpiringMap<>(2000);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        map.put(thread + "-" + i, i, now.plusSeconds(60), now);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertTrue(map.size() <= 2000 + threads, "size " + map.size());
    }
}
