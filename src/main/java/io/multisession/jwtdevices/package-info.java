/**
 * drf-jwt-devices' routes, so that its clients switch with only the base URL changed: {@code POST /auth-token/}
 * answers a short-lived {@code token}, a {@code permanent_token} and a {@code device_id}; {@code POST
 * /device-refresh-token/} turns the {@code Permanent-Token} header into a new token; {@code DELETE /device-logout/}
 * (header {@code Device-Id}), {@code GET /devices/} and {@code DELETE /devices/{id}/} manage the caller's devices.
 * A device is an ordinary session of {@code multisession.compat.jwt-devices.session-type} that came in through this
 * channel, its permanent token that session's refresh token: same policies, limits, revocation and audit as every
 * other session. Off unless {@code multisession.compat.jwt-devices.enabled}; errors in the seed's DRF bodies.
 */
package io.multisession.jwtdevices;
