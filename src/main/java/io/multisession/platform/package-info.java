/**
 * What every business component relies on and no single one owns: JAX-RS activation with MP-JWT, the datasource,
 * the clock, the bounded expiring map behind the in-memory checks ({@link ExpiringMap}), strict JSON request
 * parsing, and the one place where exceptions become {@code application/problem+json}.
 * Server-specific pieces (Payara's {@code ${MPCONFIG=}} placeholders) are confined to {@link DataSourceConfiguration}.
 */
package io.multisession.platform;
