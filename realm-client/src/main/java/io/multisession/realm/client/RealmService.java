package io.multisession.realm.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's two endpoints this client uses, with the app's client credentials: the feed and introspection. */
@ApplicationScoped
public class RealmService {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "multisession.realm.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "multisession.realm.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "multisession.realm.client-secret")
    Optional<String> clientSecret;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public boolean configured() {
        return url.isPresent() && clientId.isPresent() && clientSecret.isPresent();
    }

    /** One page of the feed after {@code cursor} (from the start when empty). */
    public JsonObject feed(Optional<String> cursor) throws IOException, InterruptedException {
        String query = cursor.map(value -> "?cursor=" + URLEncoder.encode(value, StandardCharsets.UTF_8)).orElse("");
        HttpRequest request = authorized(HttpRequest.newBuilder(endpoint("api/realm/revocations" + query))).GET().build();
        return json(send(request));
    }

    /** Whether the service says the access token is active (its session not ended, not expired). */
    public boolean active(String token) throws IOException, InterruptedException {
        HttpRequest request = authorized(HttpRequest.newBuilder(endpoint("oauth2/introspect")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build();
        return json(send(request)).getBoolean("active", false);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(request.uri().getPath() + " answered " + response.statusCode());
        }
        return response;
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        String credentials = clientId.orElse("") + ":" + clientSecret.orElse("");
        return request.timeout(TIMEOUT).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private URI endpoint(String path) {
        String base = url.orElseThrow();
        return URI.create((base.endsWith("/") ? base : base + "/") + path);
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
