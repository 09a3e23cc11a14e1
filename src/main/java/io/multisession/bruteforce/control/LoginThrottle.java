package io.multisession.bruteforce.control;

import io.multisession.platform.ExpiringMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brute-force protection in the manner of Keycloak's: failed logins are counted per user and client address, and
 * per client address alone. Past {@code max-failures} each further failure locks that key for one more
 * {@code wait-increment}, up to {@code max-wait}; counts are forgotten after {@code failure-reset} without failures.
 * While locked, a login is refused before its password is checked.
 * <p>
 * Trade-off: there is no lock on a user across all addresses, so an attacker cannot lock a user out from their own
 * address; the price is that a guesser with many addresses gets {@code max-failures} tries per address and reset
 * period, and each address is also capped by {@code max-failures-per-ip}. In a cluster each instance counts alone.
 * <p>
 * At most {@link #CAPACITY} keys are counted at a time, so that a guesser with very many addresses cannot exhaust the
 * memory; one who fills that with live counts clears them all (see {@link ExpiringMap}), which gives each address
 * again what a fresh address would get anyway.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int CAPACITY = 100_000;

    @Inject
    @ConfigProperty(name = "multisession.brute-force.enabled")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "multisession.brute-force.max-failures")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "multisession.brute-force.max-failures-per-ip")
    int maxFailuresPerIp;

    @Inject
    @ConfigProperty(name = "multisession.brute-force.wait-increment")
    Duration waitIncrement;

    @Inject
    @ConfigProperty(name = "multisession.brute-force.max-wait")
    Duration maxWait;

    @Inject
    @ConfigProperty(name = "multisession.brute-force.failure-reset")
    Duration failureReset;

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final ExpiringMap<String, Failures> failures = new ExpiringMap<>(CAPACITY);

    /** How long logins of this user from this address are still refused; empty when they are not. */
    public Optional<Duration> lockedFor(String username, String address, Instant now) {
        if (!enabled) {
            return Optional.empty();
        }
        Instant until = later(lockedUntil(userKey(username, address), now), lockedUntil(addressKey(address), now));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(String username, String address, Instant now) {
        if (!enabled) {
            return;
        }
        count(userKey(username, address), maxFailures, now);
        count(addressKey(address), maxFailuresPerIp, now);
    }

    /** A successful login forgets the failures of this user from this address (not those of the address). */
    public void succeeded(String username, String address) {
        failures.remove(userKey(username, address));
    }

    private void count(String key, int allowed, Instant now) {
        failures.compute(key, now, previous -> {
            int count = previous == null || previous.value().last().plus(failureReset).isBefore(now)
                    ? 1 : previous.value().count() + 1;
            Instant lockedUntil = null;
            if (count >= allowed) {
                Duration wait = waitIncrement.multipliedBy(count - allowed + 1L);
                lockedUntil = now.plus(wait.compareTo(maxWait) > 0 ? maxWait : wait);
            }
            // kept while the count still counts (up to and including failure-reset after it) or the lock holds
            Instant expiry = later(now.plus(failureReset).plusNanos(1), lockedUntil);
            return new ExpiringMap.Entry<>(new Failures(count, now, lockedUntil), expiry);
        });
    }

    private Instant lockedUntil(String key, Instant now) {
        Failures entry = failures.get(key, now);
        return entry == null ? null : entry.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String userKey(String username, String address) {
        return "user:" + username + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
