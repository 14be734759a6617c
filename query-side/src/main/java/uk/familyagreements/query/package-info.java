/**
 * The query side: projections of the event stream into PostgreSQL read tables, and the HTTP query API over them.
 */
package uk.familyagreements.query;
