import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realm benchmark's clients (bench/realm.sh runs them; JDK only, started with {@code java bench/RealmBench.java}):
 * <ul>
 * <li>{@code latency <service> <app> <user> <password> <probes>}: while 4 threads refresh and 2 threads log in and
 * destroy sessions on the service, each probe logs in, sees its token accepted by the app, destroys the session and
 * polls the app every 5 ms until it refuses the token; prints the revocation-to-refusal times' p50, p99 and max.</li>
 * <li>{@code follow <service> <client:secret> <apps> <seconds> json|sse|none <service pid>}: that many apps following
 * the revocation feed, polling it every 0.5 s as the realm client library does, or holding its event stream; once
 * they have read what is revoked now (10 s), prints the service's CPU in ms per second over {@code seconds}.</li>
 * </ul>
 */
public class RealmBench {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern FIELD = Pattern.compile("\"(access|refresh|session_id|cursor)\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "latency" -> latency(args[1], args[2], args[3], args[4], Integer.parseInt(args[5]));
            case "follow" -> follow(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5],
                    Long.parseLong(args[6]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void latency(String service, String app, String user, String password, int probes) throws Exception {
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicLong refreshes = new AtomicLong();
        AtomicLong destroys = new AtomicLong();
        ExecutorService load = Executors.newFixedThreadPool(6);
        String refresh = field(login(service, user, password), "refresh");
        for (int i = 0; i < 4; i++) {
            load.submit(() -> {
                while (loading.get()) {
                    post(service + "api/session/refresh/", "{\"refresh\":\"" + refresh + "\",\"session\":\"BENCH\"}", null);
                    refreshes.incrementAndGet();
                }
                return null;
            });
        }
        for (int i = 0; i < 2; i++) {
            load.submit(() -> {
                while (loading.get()) {
                    String session = login(service, user, password);
                    destroy(service, field(session, "access"), field(session, "session_id"));
                    destroys.incrementAndGet();
                }
                return null;
            });
        }
        List<Long> micros = new ArrayList<>();
        long started = System.nanoTime();
        for (int probe = 0; probe < probes; probe++) {
            String session = login(service, user, password);
            String access = field(session, "access");
            if (whoami(app, access) != 200) {
                throw new IllegalStateException("the app refused a live session's token");
            }
            destroy(service, access, field(session, "session_id"));
            long destroyed = System.nanoTime();
            while (whoami(app, access) != 401) {
                Thread.sleep(5);
            }
            micros.add((System.nanoTime() - destroyed) / 1000);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        loading.set(false);
        load.shutdown();
        load.awaitTermination(60, TimeUnit.SECONDS);
        Collections.sort(micros);
        System.out.printf("probes=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f refreshes_per_s=%.0f destroys_per_s=%.1f%n",
                probes, micros.get(micros.size() / 2) / 1000.0, micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0, refreshes.get() / seconds, destroys.get() / seconds);
    }

    static void follow(String service, String client, int apps, int seconds, String mode, long pid) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        ExecutorService followers = Executors.newFixedThreadPool(apps);
        List<InputStream> streams = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < apps && !mode.equals("none"); i++) {
            followers.submit(() -> {
                if (mode.equals("sse")) {
                    HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(
                                    URI.create(service + "api/realm/revocations/stream"))
                            .header("Authorization", basic).header("Accept", "text/event-stream").build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    streams.add(response.body());
                    try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body()))) {
                        for (String line = lines.readLine(); line != null && running.get(); line = lines.readLine()) {
                            if (line.startsWith("event:")) {
                                reads.incrementAndGet();
                            }
                        }
                    } catch (java.io.IOException closed) {
                        // the bench ended
                    }
                    return null;
                }
                String cursor = null;
                while (running.get()) {
                    String query = cursor == null ? "" : "?cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
                    String page = HTTP.send(HttpRequest.newBuilder(URI.create(service + "api/realm/revocations" + query))
                            .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString()).body();
                    cursor = field(page, "cursor");
                    reads.incrementAndGet();
                    Thread.sleep(500);
                }
                return null;
            });
        }
        Thread.sleep(10_000);
        long before = cpuMillis(pid);
        long from = reads.get();
        Thread.sleep(seconds * 1000L);
        long used = cpuMillis(pid) - before;
        long counted = reads.get() - from;
        running.set(false);
        for (InputStream stream : streams) {
            stream.close();
        }
        followers.shutdownNow();
        System.out.printf("apps=%d mode=%s reads_or_events=%d service_cpu_ms_per_s=%d%n", apps, mode, counted,
                used / seconds);
    }

    /** The process's CPU time so far: utime + stime of /proc/<pid>/stat, in clock ticks of 10 ms. */
    static long cpuMillis(long pid) throws Exception {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    static String login(String service, String user, String password) throws Exception {
        return post(service + "api/session/login/",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\",\"session\":\"BENCH\"}", null);
    }

    static void destroy(String service, String access, String sessionId) throws Exception {
        post(service + "api/session/destroy/", "{\"session_id\":\"" + sessionId + "\"}", access);
    }

    static int whoami(String app, String access) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app + "api/whoami")).header("Authorization", "Bearer " + access)
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String post(String url, String json, String access) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (access != null) {
            request.header("Authorization", "Bearer " + access);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }
}
