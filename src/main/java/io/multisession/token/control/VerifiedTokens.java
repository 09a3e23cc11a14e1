package io.multisession.token.control;

import io.multisession.platform.ExpiringMap;
import io.multisession.platform.Sha256;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Access tokens that MP-JWT has already verified, remembered briefly so that a client's next requests with the same
 * token skip the parsing and the RSA signature check, which were half the cost of an authenticated request. Keyed by
 * the token's SHA-256, never the token itself. An entry lives until the token expires or for {@link #REUSE},
 * whichever is sooner, so a key withdrawn from the key set stops being honoured within that time. Whether the
 * token's session has ended is not decided here: the session filter checks that on every request. At most
 * {@link #CAPACITY} tokens are remembered (see {@link ExpiringMap} for what goes when that is reached).
 */
public final class VerifiedTokens {

    static final Duration REUSE = Duration.ofSeconds(30);
    static final int CAPACITY = 10_000;

    public record Verified(Principal caller, Set<String> groups, Instant until) {
    }

    private final ExpiringMap<String, Verified> entries = new ExpiringMap<>(CAPACITY);

    public Optional<Verified> find(String token, Instant now) {
        return Optional.ofNullable(entries.get(Sha256.base64Url(token), now));
    }

    public void remember(String token, Principal caller, Set<String> groups, Instant expiry, Instant now) {
        if (!expiry.isAfter(now)) {
            return;
        }
        Instant until = expiry.isBefore(now.plus(REUSE)) ? expiry : now.plus(REUSE);
        entries.put(Sha256.base64Url(token), new Verified(caller, Set.copyOf(groups), until), until, now);
    }

    int size() {
        return entries.size();
    }
}
