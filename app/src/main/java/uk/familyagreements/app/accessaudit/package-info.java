/**
 * The access audit: who read, exported or printed which record, and who was refused, when and from where. Stored
 * append-only beside the event history and readable by auditors only.
 */
package uk.familyagreements.app.accessaudit;
