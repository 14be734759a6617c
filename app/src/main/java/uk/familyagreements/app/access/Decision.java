package uk.familyagreements.app.access;

/**
 * The answer for one request.
 *
 * @param status       0 to let the request through, else 403 or 404 to answer at once
 * @param action       what the access audit records on the way through (READ, EXPORT, PRINT), or null
 * @param resourceType what kind of record the request is about, for the audit
 * @param managersOnly the refusal is because only managers may send this command
 */
record Decision(int status, String action, String resourceType, String resourceId, String caseReference,
                boolean managersOnly) {

    static Decision allow(String action, String resourceType, String resourceId, String caseReference) {
        return new Decision(0, action, resourceType, resourceId, caseReference, false);
    }

    static Decision forbidden(String resourceType, String resourceId) {
        return new Decision(403, null, resourceType, resourceId, null, false);
    }

    /** Refused because only managers approve, decide escalations and allocate cases. */
    static Decision managersOnly(String resourceType, String resourceId) {
        return new Decision(403, null, resourceType, resourceId, null, true);
    }

    /** Refused without saying whether the record exists (ADR 0041). */
    static Decision hidden(String resourceType, String resourceId, String caseReference) {
        return new Decision(404, null, resourceType, resourceId, caseReference, false);
    }

    boolean allowed() {
        return status == 0;
    }
}
