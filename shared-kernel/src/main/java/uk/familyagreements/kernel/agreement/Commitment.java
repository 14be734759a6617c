package uk.familyagreements.kernel.agreement;

/**
 * One undertaking by one party.
 *
 * @param commitmentId  id unique within the agreement
 * @param ownerPartyId  the party who makes the commitment
 * @param undertaking   will or will not
 * @param text          plain-English text, as the family reads it, e.g. "live with his parents at 4 Mill Lane"
 * @param when          when it applies, e.g. "by 5pm on Friday 4 December", "during this agreement"; may be blank
 * @param childToLiveWithConnectedPerson true where the commitment makes a child live with a connected person as a
 *                      non-negotiable requirement (Regulation 24 applies)
 */
public record Commitment(String commitmentId, String ownerPartyId, Undertaking undertaking, String text, String when,
                         boolean childToLiveWithConnectedPerson) {
}
