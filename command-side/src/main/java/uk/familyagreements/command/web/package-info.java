/**
 * What the HTTP command API shares: sending a command with its expected version and reason, answering with the new
 * version as an entity tag, problems raised outside the aggregates, and idempotent retries.
 */
package uk.familyagreements.command.web;
