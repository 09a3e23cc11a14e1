/**
 * Token issuing: the RSA key that signs access tokens and the secret that derives rotated refresh tokens
 * ({@code boundary.KeyRing}), the access token itself ({@code control.AccessTokens}), and the publication of the
 * public key to MP-JWT ({@code control.PublishedKeyConfigSource}). Keys are generated on first start and kept in the
 * database unless the deployer configures one; none is ever in the WAR or in git.
 */
package io.multisession.token;
