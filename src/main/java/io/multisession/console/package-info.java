/**
 * The web console: the pages a browser opens at {@code /} (static files in {@code src/main/webapp/ui}, served
 * with a strict Content-Security-Policy by {@link io.multisession.console.boundary.ConsoleFiles}), and the console's
 * own sign-in, refresh and sign-out ({@link io.multisession.console.boundary.ConsoleSessionResource}), which keep the
 * refresh token in an {@code HttpOnly; SameSite=Strict} cookie no script can read and guard it against cross-site
 * requests ({@link io.multisession.console.control.SameOriginCheck}). Everything else the pages do goes through the
 * public JSON API with an access token held in memory, under the same rules as any client. Owns no data: a console
 * sign-in is an ordinary session of the type {@code multisession.console.session-type}.
 */
package io.multisession.console;
