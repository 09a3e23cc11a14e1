package io.multisession.jwtdevices.boundary;

import java.util.Set;

/** The paths drf-jwt-devices' clients call (as its tests mount them), normalised. */
public final class JwtDevicesRoutes {

    public static final String LOGIN = "auth-token";
    public static final String REFRESH = "device-refresh-token";
    public static final String LOGOUT = "device-logout";
    public static final String DEVICES = "devices";
    public static final String PERMANENT_TOKEN_HEADER = "Permanent-Token";
    public static final String DEVICE_ID_HEADER = "Device-Id";

    private static final Set<String> FIXED = Set.of(LOGIN, REFRESH, LOGOUT, DEVICES);

    private JwtDevicesRoutes() {
    }

    public static boolean contains(String path) {
        return FIXED.contains(path) || path.startsWith(DEVICES + "/");
    }
}
