/** The agreement as its readers see it: one summary row per agreement, kept current by a projection. */
package uk.familyagreements.query.agreement;
