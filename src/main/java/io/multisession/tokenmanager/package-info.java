/**
 * django-token-manager's routes, so that its clients switch with only the base URL changed: {@code POST token/get/}
 * answers a {@code token}, {@code POST token/verify/} checks one, {@code GET|POST token/logout/} ends the caller's,
 * and {@code token/manage/} lists, shows and deletes tokens (one, or a list): a user their own, an admin everyone's.
 * A token is an ordinary session of {@code multisession.compat.token-manager.session-type} that came in through this
 * channel, the token its access token: same policies (the seed's cap of three tokens for non-staff users is that
 * type's limit with {@code limit-exempt-groups}), revocation and audit as every other session. Off unless
 * {@code multisession.compat.token-manager.enabled}; errors in the seed's DRF bodies.
 */
package io.multisession.tokenmanager;
