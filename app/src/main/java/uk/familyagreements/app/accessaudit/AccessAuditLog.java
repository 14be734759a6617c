package uk.familyagreements.app.accessaudit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends to the access audit. Nothing here updates or deletes; the table's triggers refuse both anyway. */
@Component
public class AccessAuditLog {

    private static final int MAX_PATH = 2000;

    private final JdbcClient jdbc;

    AccessAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(AccessEntry entry) {
        jdbc.sql("""
                        INSERT INTO access_audit (username, roles, action, outcome, resource_type, resource_id,
                                                  case_reference, http_method, path, status, client_address)
                        VALUES (:username, :roles, :action, :outcome, :resourceType, :resourceId, :caseReference,
                                :httpMethod, :path, :status, :clientAddress)""")
                .param("username", entry.username())
                .param("roles", entry.roles())
                .param("action", entry.action())
                .param("outcome", entry.outcome())
                .param("resourceType", entry.resourceType())
                .param("resourceId", entry.resourceId())
                .param("caseReference", entry.caseReference())
                .param("httpMethod", entry.httpMethod())
                .param("path", entry.path().length() > MAX_PATH ? entry.path().substring(0, MAX_PATH) : entry.path())
                .param("status", entry.status())
                .param("clientAddress", entry.clientAddress())
                .update();
    }
}
