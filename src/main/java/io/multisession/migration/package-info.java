/**
 * Schema migrations that need Java (data conversions SQL cannot express the same way on H2 and PostgreSQL). Plain
 * SQL ones are in {@code db/migration}; {@code platform.SchemaMigration} runs both, in version order.
 */
package io.multisession.migration;
