/**
 * What every component relies on and none owns: JAX-RS and MP-JWT activation, the datasource and schema migration,
 * the clock, the bounded expiring map, strict JSON parsing, and the one place where exceptions become problem documents.
 */
package io.multisession.platform;
