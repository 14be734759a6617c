package uk.familyagreements.query.agreement;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Reads of the agreement resource. */
@RestController
@RequestMapping("/api/agreements")
class AgreementQueryController {

    private final JdbcClient jdbc;

    AgreementQueryController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agreement's summary, with its version as the entity tag for a following command's If-Match. */
    @GetMapping("/{agreementId}")
    ResponseEntity<AgreementSummary> get(@PathVariable String agreementId) {
        AgreementSummary summary = jdbc.sql("""
                        SELECT agreement_id, case_reference, kind, involvement, status, purpose, reason, drafted_by,
                               drafted_at, last_changed_by, last_changed_at, aggregate_version
                        FROM agreement_summary WHERE agreement_id = :id""")
                .param("id", agreementId)
                .query((rs, row) -> new AgreementSummary(rs.getString("agreement_id"), rs.getString("case_reference"),
                        rs.getString("kind"), rs.getString("involvement"), rs.getString("status"),
                        rs.getString("purpose"), rs.getString("reason"), rs.getString("drafted_by"),
                        instant(rs.getObject("drafted_at", OffsetDateTime.class)), rs.getString("last_changed_by"),
                        instant(rs.getObject("last_changed_at", OffsetDateTime.class)),
                        rs.getLong("aggregate_version")))
                .optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No agreement has this id."));
        return ResponseEntity.ok().eTag("\"" + summary.version() + "\"").body(summary);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
