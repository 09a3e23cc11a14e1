package io.multisession.token.control;

import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When each generated key signs and is published. A new key is published at once but signs only after
 * {@code publishAhead}, so that resource apps, which cache our JWKS, know it before they see a token it signed;
 * the key it replaces stays published for {@code retention} after it stopped signing, so that its tokens verify
 * until they expire.
 */
public final class KeySchedule {

    /** A generated key with its schedule; {@code signsUntil} and {@code publishedUntil} are open when null. */
    public record ScheduledKey(JWK key, Instant signsFrom, Instant signsUntil, Instant publishedUntil) {

        boolean signsAt(Instant now) {
            return !signsFrom.isAfter(now) && (signsUntil == null || now.isBefore(signsUntil));
        }

        boolean publishedAt(Instant now) {
            return publishedUntil == null || now.isBefore(publishedUntil);
        }
    }

    /** What a rotation changes: the new key's start, and the end of signing and publishing for the keys it replaces. */
    public record Rotation(Instant newKeySignsFrom, Instant replacedSignUntil, Instant replacedPublishedUntil) {
    }

    private KeySchedule() {
    }

    /** The key that signs now: of those in their signing window, the one that started last. */
    public static Optional<ScheduledKey> signingAt(List<ScheduledKey> keys, Instant now) {
        return keys.stream().filter(key -> key.signsAt(now)).max(Comparator.comparing(ScheduledKey::signsFrom));
    }

    public static List<ScheduledKey> publishedAt(List<ScheduledKey> keys, Instant now) {
        return keys.stream().filter(key -> key.publishedAt(now)).toList();
    }

    public static Rotation rotation(Instant now, Duration publishAhead, Duration retention) {
        Instant switchOver = now.plus(publishAhead);
        return new Rotation(switchOver, switchOver, switchOver.plus(retention));
    }

    /** Whether automatic rotation is due: the newest key started signing at least {@code interval} ago. */
    public static boolean rotationDue(List<ScheduledKey> keys, Instant now, Duration interval) {
        return keys.stream().map(ScheduledKey::signsFrom).max(Comparator.naturalOrder())
                .map(newest -> !newest.plus(interval).isAfter(now)).orElse(true);
    }
}
