package io.multisession.platform;

import java.util.regex.Pattern;

/**
 * A JAX-RS request path as pre-matching filters compare it: no leading slash, the seed's trailing slash optional, and
 * no matrix parameters ({@code /auth-token;x/}), which the JAX-RS runtimes drop before matching: a filter that saw
 * them would let such a request past a switch the route itself then answers.
 */
public final class RequestPaths {

    private static final Pattern MATRIX_PARAMETERS = Pattern.compile(";[^/]*");

    private RequestPaths() {
    }

    public static String normalised(String path) {
        String plain = MATRIX_PARAMETERS.matcher(path).replaceAll("");
        String trimmed = plain.startsWith("/") ? plain.substring(1) : plain;
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
