package io.multisession.console.control;

import java.net.URI;
import java.util.Locale;

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
     * @param host          the {@code Host} header the request was sent to
     */
    public static void require(String requestedWith, String fetchSite, String origin, String host) {
        if (!HEADER_VALUE.equals(requestedWith)) {
            throw new CrossSiteRequestException("Console requests carry the header " + HEADER + ": " + HEADER_VALUE + ".");
        }
        if (fetchSite != null && !"same-origin".equals(fetchSite)) {
            throw new CrossSiteRequestException("Console requests must come from the console's own pages.");
        }
        if (origin != null && !sameHost(origin, host)) {
            throw new CrossSiteRequestException("Console requests must come from the console's own pages.");
        }
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || host == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))
                    || (uri.getPort() < 0 && defaultPortOf(host, uri.getScheme()));
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    /** {@code Origin: https://example.com} against {@code Host: example.com:443}. */
    private static boolean defaultPortOf(String host, String scheme) {
        return host.endsWith(":443") && "https".equals(scheme) || host.endsWith(":80") && "http".equals(scheme);
    }
}
