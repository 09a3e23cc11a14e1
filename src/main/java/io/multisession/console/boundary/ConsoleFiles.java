package io.multisession.console.boundary;

import io.multisession.platform.Problem;
import io.multisession.platform.Sha256;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the console's static files from {@code /ui/} of the WAR, and sends a browser opening {@code /} there.
 * Its own servlet rather than the container's default one: JAX-RS is mapped to {@code /*} and would shadow it, and
 * every file must carry the same security headers on both servers. Exact and prefix mappings win over {@code /*}.
 * Not {@code /console}: WildFly's default configuration sends that path to its management console before any
 * deployment sees it. Only plain file names with known extensions are served; the files never change in a deployed WAR, so each is read
 * once and answered with a strong ETag (browsers revalidate, {@code no-cache}).
 */
@WebServlet(urlPatterns = {"", ConsoleFiles.PREFIX + "/*"})
public class ConsoleFiles extends HttpServlet {

    static final String PREFIX = "/ui";
    /** No inline script or style, nothing from elsewhere, no framing, no plugins, no {@code <base>}. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "object-src 'none'; base-uri 'none'";
    private static final Pattern FILE = Pattern.compile("(/[a-z0-9-]+){1,3}\\.(html|js|css|svg|png|ico)");
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    private record ConsoleFile(byte[] content, String mediaType, String etag) {
    }

    /** Only files that exist: a request for any other name must not grow the map. */
    private final Map<String, ConsoleFile> files = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        // from the raw URI: servers split "/ui/" into servlet path and path info differently, and an encoded
        // "%2e%2e" stays encoded here, so it can only fail the file name pattern
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX + "/")) {
            response.sendRedirect(request.getContextPath() + PREFIX + "/");
            return;
        }
        path = path.substring(PREFIX.length());
        Optional<ConsoleFile> file = find("/".equals(path) ? "/index.html" : path);
        if (file.isEmpty()) {
            Problem.of(404, "No such page.").writeTo(response);
            return;
        }
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", file.get().etag());
        if (file.get().etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.get().mediaType());
        response.setContentLength(file.get().content().length);
        response.getOutputStream().write(file.get().content());
    }

    private Optional<ConsoleFile> find(String path) {
        ConsoleFile known = files.get(path);
        if (known != null || !FILE.matcher(path).matches()) {
            return Optional.ofNullable(known);
        }
        Optional<ConsoleFile> read = read(path);
        read.ifPresent(file -> files.put(path, file));
        return read;
    }

    private Optional<ConsoleFile> read(String path) {
        try (InputStream in = getServletContext().getResourceAsStream(PREFIX + path)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] content = in.readAllBytes();
            String extension = path.substring(path.lastIndexOf('.') + 1);
            String etag = "\"" + HexFormat.of().formatHex(Sha256.of(content), 0, 12) + "\"";
            return Optional.of(new ConsoleFile(content, MEDIA_TYPES.get(extension), etag));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
