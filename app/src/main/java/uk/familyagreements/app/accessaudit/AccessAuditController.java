package uk.familyagreements.app.accessaudit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Auditors' view of the access audit, newest first, filtered by user, record or case. Read-only by design: there is
 * no mapping that changes it, and the authorisation filter lets only auditors in.
 */
@RestController
@RequestMapping("/api/access-audit")
class AccessAuditController {

    private static final int MAX_LIMIT = 500;

    private final JdbcClient jdbc;

    AccessAuditController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record AccessRecord(long sequence, Instant occurredAt, String username, String roles, String action,
                        String outcome, String resourceType, String resourceId, String caseReference,
                        String method, String path, Integer status, String clientAddress) {
    }

    @GetMapping
    List<AccessRecord> search(@RequestParam(required = false) String username,
                              @RequestParam(required = false) String resourceId,
                              @RequestParam(required = false) String caseReference,
                              @RequestParam(required = false) String outcome,
                              @RequestParam(required = false) Instant from,
                              @RequestParam(required = false) Instant to,
                              @RequestParam(defaultValue = "100") int limit) {
        return jdbc.sql("""
                        SELECT id, occurred_at, username, roles, action, outcome, resource_type, resource_id,
                               case_reference, http_method, path, status, client_address
                        FROM access_audit
                        WHERE (CAST(:username AS VARCHAR) IS NULL OR username = :username)
                          AND (CAST(:resourceId AS VARCHAR) IS NULL OR resource_id = :resourceId)
                          AND (CAST(:caseReference AS VARCHAR) IS NULL OR case_reference = :caseReference)
                          AND (CAST(:outcome AS VARCHAR) IS NULL OR outcome = :outcome)
                          AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR occurred_at >= :from)
                          AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR occurred_at < :to)
                        ORDER BY id DESC
                        LIMIT :limit""")
                .param("username", username)
                .param("resourceId", resourceId)
                .param("caseReference", caseReference)
                .param("outcome", outcome)
                .param("from", from == null ? null : OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
                .param("to", to == null ? null : OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC))
                .param("limit", Math.max(1, Math.min(limit, MAX_LIMIT)))
                .query((rs, row) -> new AccessRecord(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("username"),
                        rs.getString("roles"), rs.getString("action"), rs.getString("outcome"),
                        rs.getString("resource_type"), rs.getString("resource_id"), rs.getString("case_reference"),
                        rs.getString("http_method"), rs.getString("path"), (Integer) rs.getObject("status"),
                        rs.getString("client_address")))
                .list();
    }
}
