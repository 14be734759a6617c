/**
 * Caseload: each practitioner's cases and agreements with status, next due item, overdue flags, open breaches and
 * escalations. Its projection also keeps the due items and escalations that the team dashboard and service view
 * read, so one processing group owns every "what falls due when" fact.
 */
package uk.familyagreements.query.caseload;
