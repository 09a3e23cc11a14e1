package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A small HTTP client for the service under test: real requests over loopback, JSON answers. */
public final class Api {

    public static final String SECRET = "the_Secret_Key";
    public static final String ROOT_USER = "root";
    public static final String ROOT_PASSWORD = "root-password-for-tests";
    /** The server config that creates {@link #ROOT_USER} as the bootstrap admin, for servers the tests start. */
    public static final String ROOT_USER_CONFIG = "multisession.bootstrap.admin.username=" + ROOT_USER;
    public static final String ROOT_PASSWORD_CONFIG = "multisession.bootstrap.admin.password=" + ROOT_PASSWORD;

    private static final int CONNECT_ATTEMPTS = 10;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    /**
     * The client address this API claims through {@code X-Forwarded-For} (the tests' Payara trusts loopback as a
     * proxy), one per instance, so that the per-address login throttle of one test class does not affect another.
     * Only a header value: all traffic stays on loopback.
     */
    private final String clientIp = "198.18." + (int) (Math.random() * 256) + "." + (1 + (int) (Math.random() * 254));

    public Api(URL deploymentUrl) {
        // the adapter reports the machine's host name; tests talk to the loopback interface only
        this.base = "http://127.0.0.1:" + deploymentUrl.getPort() + deploymentUrl.getPath();
    }

    public record Answer(int status, String contentType, String text, HttpResponse<String> raw) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                return reader.readArray();
            }
        }

        public String string(String field) {
            return json().getString(field);
        }

        public Answer expect(int expected) {
            assertEquals(expected, status, () -> "HTTP " + status + ": " + text);
            return this;
        }

        /** Asserts a problem document: status, media type, a detail, and no Java trace. */
        public Answer expectProblem(int expected) {
            expect(expected);
            assertEquals("application/problem+json", contentType, text);
            JsonObject problem = json();
            assertEquals(expected, problem.getInt("status"));
            org.junit.jupiter.api.Assertions.assertFalse(problem.getString("detail").isBlank());
            org.junit.jupiter.api.Assertions.assertFalse(text.contains("Exception"), text);
            return this;
        }
    }

    public Answer post(String path, String body) {
        return post(path, body, null);
    }

    public Answer post(String path, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientIp)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /**
     * Sends the request. A refused connection is tried again for up to {@value #CONNECT_ATTEMPTS} times 0.3 s: the
     * request never reached a server (the container reported a deployment a moment before its listener accepted),
     * so sending it again changes nothing on the server.
     */
    public Answer send(HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip(),
                        response.body(), response);
            } catch (ConnectException refused) {
                if (attempt == CONNECT_ATTEMPTS) {
                    throw new UncheckedIOException(refused);
                }
                pause();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with a bearer token. */
    public Answer get(String path, String access) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + access).GET().build());
    }

    /** A DELETE with a bearer token. */
    public Answer delete(String path, String access) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + access).DELETE().build());
    }

    /** A PUT of a JSON body with a bearer token. */
    public Answer put(String path, String body, String access) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + access)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The caller's groups as MP-JWT sees them (a set: the claim's order is not kept). */
    public Set<String> groupsOf(String access) {
        return get("api/session/current", access).expect(200).json().getJsonArray("groups")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
    }

    public String clientIp() {
        return clientIp;
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    // ---- seed endpoints -------------------------------------------------------------------------------

    public Answer login(String user, String password, String type) {
        return post("api/session/login/", Json.createObjectBuilder().add("username", user).add("password", password)
                .add("secret_key", SECRET).add("session", type).add("info", "Safari 15.6.1, iOS 15.6.1, iPhone")
                .build().toString());
    }

    /** A login as a client at {@code ip} (through the trusted proxy header) with the given device headers, if any. */
    public Answer loginFrom(String user, String password, String type, String ip, String userAgent,
                            String deviceModel) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("api/session/login/"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", ip)
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", user)
                        .add("password", password).add("secret_key", SECRET).add("session", type).build().toString()));
        if (userAgent != null) {
            request.header("User-Agent", userAgent);
        }
        if (deviceModel != null) {
            request.header("X-Device-Model", deviceModel);
        }
        return send(request.build());
    }

    /** Logs in and returns the seed's answer: refresh, access, session_id. */
    public JsonObject session(String user, String type) {
        return login(user, password(user), type).expect(200).json();
    }

    public Answer refresh(String refresh, String type) {
        return post("api/session/refresh/", Json.createObjectBuilder().add("refresh", refresh)
                .add("secret_key", SECRET).add("session", type).build().toString());
    }

    public Answer list(String access, String type) {
        return post("api/session/list/", "{\"session\":\"" + type + "\"}", "Bearer " + access);
    }

    public Answer destroy(String access, String sessionId) {
        return post("api/session/destroy/", Json.createObjectBuilder().add("session_id", sessionId).build().toString(),
                "Bearer " + access);
    }

    public Answer destroyAllOther(String access, String refresh, String type) {
        return post("api/session/destroyAllOther/", Json.createObjectBuilder().add("session", type)
                .add("refresh", refresh).build().toString(), "Bearer " + access);
    }

    public Answer logout(String refresh) {
        return post("api/session/logout/", Json.createObjectBuilder().add("refresh", refresh)
                .add("secret_key", SECRET).build().toString());
    }

    // ---- users --------------------------------------------------------------------------------------

    private String rootAccess;

    /** A fresh account (created by the bootstrap admin), so that tests never share session limits. */
    public String newUser(String... groups) {
        return newUserNamed("u-", groups);
    }

    public String newUserNamed(String prefix, String... groups) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 12);
        createUser(name, password(name), groups).expect(201);
        return name;
    }

    public Answer createUser(String name, String password, String... groups) {
        return post("api/admin/users", Json.createObjectBuilder().add("username", name).add("password", password)
                .add("groups", Json.createArrayBuilder(List.of(groups))).build().toString(),
                "Bearer " + rootAccess());
    }

    public String rootAccess() {
        if (rootAccess == null) {
            rootAccess = login(ROOT_USER, ROOT_PASSWORD, "ROTATING").expect(200).string("access");
        }
        return rootAccess;
    }

    public static String password(String user) {
        return "pw-of-" + user;
    }
}
