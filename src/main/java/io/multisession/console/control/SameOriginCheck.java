package io.multisession.console.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Cross-site request forgery defence for the console's cookie endpoints, on top of {@code SameSite=Strict}: a request
 * must carry the console's custom header, which a cross-origin page cannot send without a CORS preflight we never
 * grant, and whatever the browser says about its origin ({@code Sec-Fetch-Site}, {@code Origin}) must be this site.
 * Headers a browser did not send (older browsers, or tools like curl, which carry no ambient cookies) are not held
 * against the request.
 */
public final class SameOriginCheck {

    public static final String HEADER = "X-Requested-With";
    public static final String HEADER_VALUE = "multisession-console";

    private SameOriginCheck() {
    }

    /**
     * @param requestedWith the {@code X-Requested-With} header
     * @param fetchSite     the {@code Sec-Fetch-Site} header, or null
     * @param origin        the {@code Origin} header, or null
     * @param hosts         where the request was sent: its {@code Host} header, and the {@code X-Forwarded-Host} a
     *                      proxy that rewrites {@code Host} adds (a cross-site page cannot set either header without a
     *                      preflight, so trusting them here trusts nothing an attacker controls)
     */
    public static void require(String requestedWith, String fetchSite, String origin, List<String> hosts) {
        if (!HEADER_VALUE.equals(requestedWith)) {
            throw new CrossSiteRequestException("Console requests carry the header " + HEADER + ": " + HEADER_VALUE + ".");
        }
        if (fetchSite != null && !"same-origin".equals(fetchSite)) {
            throw new CrossSiteRequestException("Console requests must come from the console's own pages.");
        }
        if (origin != null && !fromOneOf(origin, hosts)) {
            throw new CrossSiteRequestException("Console requests must come from the console's own pages.");
        }
    }

    private static boolean fromOneOf(String origin, List<String> hosts) {
        Optional<URI> page = uri(origin);
        if (page.isEmpty() || page.get().getHost() == null) {
            return false;
        }
        String scheme = page.get().getScheme();
        String site = authority(page.get());
        return hosts.stream().filter(Objects::nonNull)
                .flatMap(host -> uri(scheme + "://" + host.strip()).stream())
                .anyMatch(target -> target.getHost() != null && authority(target).equals(site));
    }

    /** Host and port, the scheme's default port filled in: {@code https://a.example} is {@code a.example:443}. */
    private static String authority(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException notAUri) {
            return Optional.empty();
        }
    }
}
