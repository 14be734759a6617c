/**
 * Each user's inbox: the reminders and escalations the clocks raise, addressed through the staff directory to the
 * allocated practitioner or the team's or service's managers, readable in the service and, where SMTP is configured,
 * sent by email without any case detail.
 */
package uk.familyagreements.query.inbox;
