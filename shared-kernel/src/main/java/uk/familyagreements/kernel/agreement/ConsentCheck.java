package uk.familyagreements.kernel.agreement;

/**
 * What the practitioner checked with a family member before they sign.
 *
 * @param understanding            how they came to understand the content
 * @param language                 the language used (for an interpreter); may be blank
 * @param capacityInDoubt          whether there is doubt about their capacity to agree
 * @param legalAdviceSoughtOnCapacity where capacity is in doubt, whether legal advice was sought
 * @param advisedToSeekLegalAdvice they were advised to seek legal advice before signing
 * @param toldMayBringSupporter    they were told they may bring a supporter
 * @param signingFreely            they are not signing under pressure ("not mere submission in the face of authority")
 */
public record ConsentCheck(Understanding understanding, String language, boolean capacityInDoubt,
                           boolean legalAdviceSoughtOnCapacity, boolean advisedToSeekLegalAdvice,
                           boolean toldMayBringSupporter, boolean signingFreely) {

    /** A check a family member may sign on: capacity settled and signing freely. */
    public boolean permitsSigning() {
        return signingFreely && (!capacityInDoubt || legalAdviceSoughtOnCapacity);
    }
}
