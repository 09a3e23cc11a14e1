/**
 * Schema migrations that need Java (data conversions SQL cannot express alike on H2 and PostgreSQL); plain SQL
 * ones are in db/migration, and platform.SchemaMigration runs both in version order.
 */
package io.multisession.migration;
