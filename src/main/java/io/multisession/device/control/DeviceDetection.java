package io.multisession.device.control;

import io.multisession.platform.ExpiringMap;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Turns a User-Agent into the browser, OS, device and {@link DeviceType} a session list shows, with the ua-parser
 * project's regexes (no hand-written patterns). The parser is built once; parsing is thread-safe. Running a User-Agent through the
 * few hundred regexes costs milliseconds, and most logins come from a handful of browser versions, so recent answers
 * are remembered: up to {@link #REMEMBERED} of them, all forgotten at once when that many are held.
 */
@ApplicationScoped
public class DeviceDetection {

    /** drf-jwt-devices' header naming the device ("iPhone14,2"), which lists show beside what the User-Agent says. */
    public static final String MODEL_HEADER = "X-Device-Model";
    static final int MAX_USER_AGENT = 512;
    static final int MAX_MODEL = 128;
    static final int REMEMBERED = 1000;
    /** A parse never goes stale, so remembered answers never expire and the time the map is given plays no part. */
    private static final Instant TIMELESS = Instant.EPOCH;

    private final Parser parser = new Parser();
    private final ExpiringMap<String, Device> recent = new ExpiringMap<>(REMEMBERED);

    /** What a login tells about its device; {@code type} is {@code null} when there was no User-Agent. */
    public record Device(String browser, String os, String device, DeviceType type) {
        static final Device UNKNOWN = new Device(null, null, null, null);
    }

    /** The {@link #MODEL_HEADER} as a session keeps it: none when blank, at most {@value #MAX_MODEL} characters. */
    public static String model(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return header.length() > MAX_MODEL ? header.substring(0, MAX_MODEL) : header;
    }

    public Device detect(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Device.UNKNOWN;
        }
        String bounded = userAgent.length() > MAX_USER_AGENT ? userAgent.substring(0, MAX_USER_AGENT) : userAgent;
        Device known = recent.get(bounded, TIMELESS);
        if (known != null) {
            return known;
        }
        Device device = parse(bounded);
        recent.put(bounded, device, ExpiringMap.NEVER, TIMELESS);
        return device;
    }

    private Device parse(String userAgent) {
        Client client = parser.parse(userAgent);
        return new Device(
                versioned(client.userAgent.family, client.userAgent.major, client.userAgent.minor, client.userAgent.patch),
                versioned(client.os.family, client.os.major, client.os.minor, client.os.patch),
                known(client.device.family).orElse(null),
                DeviceType.of(userAgent, client));
    }

    private static String versioned(String family, String major, String minor, String patch) {
        return known(family).map(name -> {
            String version = Stream.of(major, minor, patch).takeWhile(part -> part != null && !part.isEmpty())
                    .collect(Collectors.joining("."));
            return version.isEmpty() ? name : name + " " + version;
        }).orElse(null);
    }

    private static Optional<String> known(String family) {
        return Optional.ofNullable(family).filter(name -> !name.isBlank() && !"Other".equals(name));
    }
}
