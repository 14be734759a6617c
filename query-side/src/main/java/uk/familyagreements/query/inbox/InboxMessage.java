package uk.familyagreements.query.inbox;

import java.time.Instant;

/** One reminder or escalation in a user's inbox, as the API answers it. */
public record InboxMessage(String id, String agreementId, String caseReference, String kind, String cause,
                           String level, String subject, Instant dueAt, Instant createdAt, Instant readAt,
                           String link) {
}
