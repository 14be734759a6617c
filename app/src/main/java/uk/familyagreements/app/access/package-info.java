/**
 * Authorisation of every API request in one place: who may reach which path, scoped to the cases of their team or
 * service through a lookup kept in step with the case and agreement events (ADR 0041).
 */
package uk.familyagreements.app.access;
