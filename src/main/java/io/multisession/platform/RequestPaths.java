package io.multisession.platform;

/** A JAX-RS request path as pre-matching filters compare it: no leading slash, the seed's trailing slash optional. */
public final class RequestPaths {

    private RequestPaths() {
    }

    public static String normalised(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
