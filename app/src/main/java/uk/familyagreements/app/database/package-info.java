/** The embedded default: a real PostgreSQL the service starts itself when no external database is configured. */
package uk.familyagreements.app.database;
