package io.multisession.session.boundary;

import java.util.Optional;

/**
 * A login as the resource read it: the seed's fields plus what the request says about the device.
 *
 * @param userAgent   the {@code User-Agent} header, if any
 * @param deviceModel the {@code X-Device-Model} header (drf-jwt-devices), if any
 * @param clientIp    the client address, {@code X-Forwarded-For} already resolved against trusted proxies
 */
public record LoginRequest(String username, char[] password, Optional<String> secretKey, String type, String info,
                           String userAgent, String deviceModel, String clientIp) {
}
