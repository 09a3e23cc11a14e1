package io.multisession.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A Server-Sent Events client for tests: reads the stream on its own thread into a queue of events. */
final class EventStream implements AutoCloseable {

    record Event(String name, String id, String data) {
    }

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        if (response.statusCode() == 200) {
            // a refusal's body is read by refusal(), never by both
            reader.start();
        }
    }

    /** Opens the stream; its status and headers are known on return, its events follow. */
    static EventStream open(URI uri, String authorization, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new EventStream(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The first event that matches, skipping the others; fails when none comes in time. */
    Event await(Predicate<Event> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no matching event within " + timeout);
            }
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = "message";
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(name, id, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
                }
            }
        } catch (IOException closed) {
            // the test closed the stream, or the server went away
        }
    }

    /** The body as text, for a stream the server refused. */
    String refusal() throws IOException {
        return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        response.body().close();
        reader.interrupt();
    }
}
