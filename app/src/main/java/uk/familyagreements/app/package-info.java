/**
 * Assembles the command side and the query side into one service: security, error responses, configuration and
 * the embedded PostgreSQL default.
 */
package uk.familyagreements.app;
