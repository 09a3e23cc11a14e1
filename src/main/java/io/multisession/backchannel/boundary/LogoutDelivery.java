package io.multisession.backchannel.boundary;

import io.multisession.backchannel.control.Backoff;
import io.multisession.backchannel.control.LogoutOutbox;
import io.multisession.backchannel.control.LogoutTokens;
import io.multisession.backchannel.entity.PendingLogout;
import io.multisession.oauth.control.IntrospectionClients;
import io.multisession.platform.Meters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox's logout tokens (OpenID Connect Back-Channel Logout 1.0 §2.5): every
 * {@code multisession.backchannel.poll-interval} it claims what is due, POSTs each {@code logout_token} to its
 * client's URI, all at once, and deletes what a client acknowledged with a 2xx. A failure waits
 * {@code retry-initial}, doubling up to {@code retry-max}; after {@code give-up-after} the notice is dropped with a
 * warning. A claim lasts twice {@code timeout}: if this instance dies while sending, the row is due again then, on
 * whichever instance looks first, so a notice may come twice but is never lost.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "KeyRing"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LogoutDelivery {

    private static final Logger LOG = Logger.getLogger(LogoutDelivery.class.getName());
    private static final int BATCH = 200;

    @Resource
    TimerService timers;

    @Inject
    LogoutOutbox outbox;

    @Inject
    LogoutTokens tokens;

    @Inject
    IntrospectionClients clients;

    @Inject
    Meters meters;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "multisession.backchannel.poll-interval")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "multisession.backchannel.timeout")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "multisession.backchannel.retry-initial")
    Duration retryInitial;

    @Inject
    @ConfigProperty(name = "multisession.backchannel.retry-max")
    Duration retryMax;

    @Inject
    @ConfigProperty(name = "multisession.backchannel.give-up-after")
    Duration giveUpAfter;

    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService senders;
    private HttpClient http;

    /** What one attempt came to: the client's status, or why there was none. */
    private record Attempt(PendingLogout logout, int status, String failure) {
    }

    @PostConstruct
    void start() {
        // the HTTP client's own threads only do network I/O and build Attempt records; everything that touches the
        // container (the outbox, the metrics) runs on the timer's thread once all answers are in
        senders = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "backchannel-logout");
            thread.setDaemon(true);
            return thread;
        });
        http = HttpClient.newBuilder().executor(senders).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        timers.createIntervalTimer(pollInterval.toMillis(), pollInterval.toMillis(),
                new TimerConfig("backchannel-logout", false));
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliver() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Map<String, URI> uris = clients.backchannelLogoutUris();
            if (!uris.isEmpty()) {
                deliverDue(uris);
            }
        } catch (RuntimeException e) {
            // the next tick tries again (the database may be down)
            LOG.log(Level.WARNING, "Back-channel logout delivery failed: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }

    private void deliverDue(Map<String, URI> uris) {
        Instant now = clock.instant();
        List<CompletableFuture<Attempt>> attempts = new ArrayList<>();
        for (PendingLogout logout : outbox.due(now, BATCH)) {
            URI uri = uris.get(logout.clientId());
            if (uri == null) {
                LOG.warning(() -> "Client " + logout.clientId() + " no longer takes back-channel logout; notice for"
                        + " session " + logout.sessionId() + " dropped");
                outbox.remove(logout.id());
            } else if (outbox.claim(logout, now.plus(timeout.multipliedBy(2)))) {
                attempts.add(send(logout, uri, now));
            }
        }
        attempts.stream().map(CompletableFuture::join).forEach(this::record);
    }

    private CompletableFuture<Attempt> send(PendingLogout logout, URI uri, Instant now) {
        String token = tokens.issue(logout.clientId(), logout.subject(), logout.sessionId(), now);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "logout_token=" + URLEncoder.encode(token, StandardCharsets.US_ASCII)))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null
                        ? new Attempt(logout, response.statusCode(), null)
                        : new Attempt(logout, 0, failure.getClass().getSimpleName()));
    }

    private void record(Attempt attempt) {
        PendingLogout logout = attempt.logout();
        if (attempt.status() >= 200 && attempt.status() < 300) {
            outbox.remove(logout.id());
            meters.count("multisession_backchannel_logouts", 1, Map.of("outcome", "delivered"));
            return;
        }
        String error = attempt.failure() != null ? attempt.failure() : "HTTP " + attempt.status();
        Instant now = clock.instant();
        if (Duration.between(logout.createdAt(), now).compareTo(giveUpAfter) > 0) {
            LOG.warning(() -> "Back-channel logout of session " + logout.sessionId() + " to client "
                    + logout.clientId() + " given up after " + (logout.attempts() + 1) + " attempts: " + error);
            outbox.remove(logout.id());
            meters.count("multisession_backchannel_logouts", 1, Map.of("outcome", "abandoned"));
            return;
        }
        outbox.retryAt(logout.id(), now.plus(new Backoff(retryInitial, retryMax).after(logout.attempts() + 1)), error);
        meters.count("multisession_backchannel_logouts", 1, Map.of("outcome", "failed"));
    }
}
