/**
 * The published language of the service: commands, events, queries, ids, value objects and rule codes shared
 * by the command side and the query side. Plain Java records, no Spring, no JDBC, no Jackson databind.
 */
package uk.familyagreements.kernel;
