/**
 * Idempotent command requests: a client that sends an {@code Idempotency-Key} may retry a command after a timeout
 * without applying it twice, and gets the first response again (ADR 0010).
 */
package uk.familyagreements.command.web.idempotency;
