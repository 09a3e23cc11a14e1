/**
 * The OAuth and OpenID faces of the service for other apps: RFC 7662 introspection, RFC 7009 revocation, and the
 * discovery and JWKS documents.
 */
package io.multisession.oauth;
