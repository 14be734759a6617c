package uk.familyagreements.query.agreement;

import java.time.Instant;

/** What the agreement resource answers. */
public record AgreementSummary(String agreementId, String caseReference, String kind, String involvement,
                               String status, String purpose, String reason, String draftedBy, Instant draftedAt,
                               String lastChangedBy, Instant lastChangedAt, long version) {
}
