package io.multisession.platform;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A thread-safe map whose entries each expire at an instant of their own, holding at most {@code capacity} entries:
 * the in-memory state that checks on every request keep (revoked sessions, verified tokens, last-seen writes, login
 * failures, parsed User-Agents). Time is always handed in as {@code now}, taken by the caller from the injected
 * {@link java.time.Clock}, so that tests run on a fixed clock; nothing here reads the system clock.
 * <p>
 * An entry is live while {@code now} is before its expiry and absent from then on; reading an expired entry removes
 * it. Expired entries are also dropped in one sweep whenever the map has doubled since the last sweep (starting at
 * {@value #FIRST_SWEEP} entries), so memory follows the live entries while each write costs O(1) amortised, even on
 * the hot path.
 * <p>
 * Eviction: when a write finds the map at its capacity, expired entries are dropped, and if live entries still fill
 * more than half of it, the map is cleared. Clearing is the simplest eviction that stays O(1) amortised (a sweep that
 * freed only a few entries would otherwise run again on the next writes); its price is that the owners recompute or
 * re-record what was cleared. An owner that must never forget a live entry passes {@link #UNBOUNDED} and relies on
 * expiry alone.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class ExpiringMap<K, V> {

    /** The expiry of an entry that never expires. */
    public static final Instant NEVER = Instant.MAX;
    /** The capacity of a map that is never cleared: entries leave only by expiry or removal. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;
    static final int FIRST_SWEEP = 1024;

    /** A value with its expiry; live while {@code now} is before {@code expiresAt}. */
    public record Entry<V>(V value, Instant expiresAt) {

        public Entry {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        public boolean isLiveAt(Instant now) {
            return now.isBefore(expiresAt);
        }
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final Object sweeping = new Object();
    /** The size at which the next write sweeps expired entries. */
    private volatile int sweepAt;

    /** @param capacity the most entries kept, or {@link #UNBOUNDED} */
    public ExpiringMap(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.sweepAt = Math.min(capacity, FIRST_SWEEP);
    }

    /** The live value of {@code key}; {@code null} when there is none. */
    public V get(K key, Instant now) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (!entry.isLiveAt(now)) {
            entries.remove(key, entry);
            return null;
        }
        return entry.value();
    }

    /** Maps {@code key} to {@code value} until {@code expiresAt}; a value already expired only removes the key. */
    public void put(K key, V value, Instant expiresAt, Instant now) {
        Entry<V> entry = new Entry<>(value, expiresAt);
        if (!entry.isLiveAt(now)) {
            entries.remove(key);
            return;
        }
        makeRoom(now);
        entries.put(key, entry);
    }

    /**
     * Atomically replaces the entry of {@code key}: {@code remapping} gets the live entry ({@code null} when there is
     * none or it has expired) and returns the entry to keep: the same one to leave it as it is, a new one, or
     * {@code null} (or an expired one) to remove the key. It runs once, while other writers of this key wait, so it
     * must be short and must not touch this map.
     *
     * @return the live value now mapped; {@code null} when the key was removed
     */
    public V compute(K key, Instant now, UnaryOperator<Entry<V>> remapping) {
        makeRoom(now);
        Entry<V> result = entries.compute(key, (k, current) -> {
            Entry<V> next = remapping.apply(current == null || !current.isLiveAt(now) ? null : current);
            return next == null || !next.isLiveAt(now) ? null : next;
        });
        return result == null ? null : result.value();
    }

    public void remove(K key) {
        entries.remove(key);
    }

    /** The entries held, expired ones not yet dropped included. */
    public int size() {
        return entries.size();
    }

    private void makeRoom(Instant now) {
        if (entries.size() < sweepAt) {
            return;
        }
        synchronized (sweeping) {
            int size = entries.size();
            if (size < sweepAt) {
                return;
            }
            entries.values().removeIf(entry -> !entry.isLiveAt(now));
            int live = entries.size();
            if (size >= capacity && live > capacity / 2) {
                entries.clear();
                live = 0;
            }
            sweepAt = (int) Math.min(capacity, Math.max(FIRST_SWEEP, 2L * live));
        }
    }
}
