package uk.familyagreements.app.accessaudit;

/**
 * One access to record.
 *
 * @param action        READ, EXPORT, PRINT, CHANGE or SIGN_IN
 * @param outcome       ALLOWED, DENIED or NOT_FOUND
 * @param resourceType  agreement, case, audit-trail, access-audit, team, caseload, admin, integrity, ...
 */
public record AccessEntry(
        String username,
        String roles,
        String action,
        String outcome,
        String resourceType,
        String resourceId,
        String caseReference,
        String httpMethod,
        String path,
        Integer status,
        String clientAddress) {
}
