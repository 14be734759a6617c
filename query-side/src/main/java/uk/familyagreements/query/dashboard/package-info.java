/**
 * Team dashboard and service view: a manager's overdue items, waiting escalations, meetings not arranged,
 * agreements ending soon, idle drafts and warnings, read from the caseload projection's tables.
 */
package uk.familyagreements.query.dashboard;
