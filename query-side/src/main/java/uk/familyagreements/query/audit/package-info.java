/** The audit trail: every event of an agreement or a case as a row saying when, who, what, and from what to what. */
package uk.familyagreements.query.audit;
