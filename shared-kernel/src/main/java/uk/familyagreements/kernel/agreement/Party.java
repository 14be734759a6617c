package uk.familyagreements.kernel.agreement;

/**
 * A person bound by an agreement.
 *
 * @param partyId                id unique within the agreement
 * @param name                   the name as it appears on the document
 * @param role                   family member or professional role
 * @param victimOfDomesticAbuse  flagged so that nobody makes them responsible for controlling their abuser
 * @param signs                  whether the agreement needs this party's signature to come into force
 */
public record Party(String partyId, String name, PartyRole role, boolean victimOfDomesticAbuse, boolean signs) {
}
