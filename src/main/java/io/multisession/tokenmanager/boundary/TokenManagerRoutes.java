package io.multisession.tokenmanager.boundary;

/** The paths django-token-manager's clients call (mounted under {@code token/}, as its README does), normalised. */
final class TokenManagerRoutes {

    static final String PREFIX = "token";

    private TokenManagerRoutes() {
    }

    static boolean contains(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }
}
