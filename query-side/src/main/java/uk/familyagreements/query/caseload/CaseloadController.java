package uk.familyagreements.query.caseload;

import static uk.familyagreements.query.projection.Sql.instant;
import static uk.familyagreements.query.projection.Sql.ts;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.familyagreements.query.projection.Freshness;
import uk.familyagreements.query.projection.Paging;
import uk.familyagreements.query.projection.ProjectionPositions;
import uk.familyagreements.query.projection.Sql;

/** A practitioner's caseload: their open cases, each with its agreements. */
@RestController
@RequestMapping("/api/caseloads")
class CaseloadController {

    private static final Map<String, String> SORTS = Map.of(
            "caseReference", "c.case_reference",
            "childName", "c.child_name NULLS LAST, c.case_reference",
            "lastActivity", "c.last_activity_at DESC, c.case_reference");

    private final JdbcClient jdbc;
    private final ProjectionPositions positions;
    private final Clock clock;

    CaseloadController(JdbcClient jdbc, ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.clock = Clock.systemUTC();
    }

    /** One agreement as the caseload lists it. */
    record AgreementLine(String agreementId, String kind, String status, int currentVersion, Integer inForceVersion,
                         String nextDueKind, Instant nextDueAt, boolean overdue, int overdueItems, int openBreaches,
                         int openEscalations, int warnings, Instant lastActivityAt) {
    }

    /** One case of the caseload with its agreements. */
    record CaseLine(String caseReference, String childName, String team, Instant lastActivityAt,
                    List<AgreementLine> agreements) {
    }

    /** The signed-in user's own caseload, the page a practitioner opens first. */
    @GetMapping("/me")
    ResponseEntity<Paging.Page<CaseLine>> mine(Principal user,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size,
                                               @RequestParam(required = false) String sort,
                                               @RequestParam(required = false) Boolean overdueOnly,
                                               @RequestParam(required = false) Long consistencyToken) {
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in to see your caseload.");
        }
        return caseload(user.getName(), page, size, sort, overdueOnly, consistencyToken);
    }

    /**
     * The practitioner's open cases, a page at a time in a stable order. {@code consistencyToken} (a global index of
     * the event store) makes the request wait, briefly, until the caseload has read that far.
     */
    @GetMapping("/{practitioner}")
    ResponseEntity<Paging.Page<CaseLine>> caseload(@PathVariable String practitioner,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size,
                                                   @RequestParam(required = false) String sort,
                                                   @RequestParam(required = false) Boolean overdueOnly,
                                                   @RequestParam(required = false) Long consistencyToken) {
        int p = Paging.page(page);
        int s = Paging.size(size, 20);
        String order = SORTS.get(Paging.oneOf("sort", sort, SORTS.keySet(), "caseReference"));
        Freshness freshness = positions.awaitPosition(CaseloadProjection.PROCESSING_GROUP,
                consistencyToken == null ? -1 : consistencyToken);
        if (!known(practitioner)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No practitioner has this name.");
        }
        Instant now = clock.instant();
        boolean onlyOverdue = Boolean.TRUE.equals(overdueOnly);
        List<Map<String, Object>> cases = jdbc.sql("""
                        SELECT c.case_reference, c.child_name, c.team, c.last_activity_at
                        FROM caseload_case c
                        WHERE c.practitioner = :p AND c.open
                          AND (NOT :onlyOverdue OR EXISTS (SELECT 1 FROM caseload_due_item d
                               WHERE d.case_reference = c.case_reference AND d.done_at IS NULL AND d.due_at < :now))
                        ORDER BY %s LIMIT :limit OFFSET :offset""".formatted(order))
                .param("p", practitioner).param("onlyOverdue", onlyOverdue).param("now", ts(now))
                .param("limit", s + 1).param("offset", (long) p * s)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("ref", rs.getString("case_reference"));
                    row.put("child", rs.getString("child_name"));
                    row.put("team", rs.getString("team"));
                    row.put("last", instant(rs, "last_activity_at"));
                    return row;
                }).list();
        boolean hasNext = cases.size() > s;
        List<Map<String, Object>> pageCases = hasNext ? cases.subList(0, s) : cases;
        Map<String, List<AgreementLine>> agreements = agreementsOf(
                pageCases.stream().map(c -> (String) c.get("ref")).toList(), now);
        List<CaseLine> lines = new ArrayList<>();
        for (Map<String, Object> c : pageCases) {
            lines.add(new CaseLine((String) c.get("ref"), (String) c.get("child"), (String) c.get("team"),
                    (Instant) c.get("last"), agreements.getOrDefault((String) c.get("ref"), List.of())));
        }
        return ResponseEntity.ok().headers(freshness.headers())
                .body(new Paging.Page<>(lines, p, s, hasNext, freshness.position()));
    }

    /** A practitioner is known from the staff directory or from any case ever allocated to them. */
    private boolean known(String practitioner) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_member WHERE username = :p) "
                        + "OR EXISTS (SELECT 1 FROM caseload_case WHERE practitioner = :p)")
                .param("p", practitioner).query(Boolean.class).single();
    }

    private Map<String, List<AgreementLine>> agreementsOf(List<String> caseReferences, Instant now) {
        Map<String, List<AgreementLine>> byCase = new LinkedHashMap<>();
        if (caseReferences.isEmpty()) {
            return byCase;
        }
        jdbc.sql("""
                        SELECT a.case_reference, a.agreement_id, a.kind, a.status, a.current_version,
                               a.in_force_version, a.warnings_count, a.last_activity_at,
                               nd.kind AS next_kind, nd.due_at AS next_due,
                               (SELECT count(*) FROM caseload_due_item d WHERE d.agreement_id = a.agreement_id
                                   AND d.done_at IS NULL AND d.due_at < :now) AS overdue_items,
                               (SELECT count(*) FILTER (WHERE e.cause = 'BREACH') FROM caseload_escalation e
                                   WHERE e.agreement_id = a.agreement_id AND e.decided_at IS NULL) AS open_breaches,
                               (SELECT count(*) FROM caseload_escalation e
                                   WHERE e.agreement_id = a.agreement_id AND e.decided_at IS NULL) AS open_escalations
                        FROM caseload_agreement a
                        LEFT JOIN LATERAL (SELECT d.kind, d.due_at FROM caseload_due_item d
                            WHERE d.agreement_id = a.agreement_id AND d.done_at IS NULL
                            ORDER BY d.due_at LIMIT 1) nd ON TRUE
                        WHERE a.case_reference IN (:refs) AND a.status NOT IN ('ENDED', 'DISCARDED')
                        ORDER BY a.case_reference, a.drafted_at, a.agreement_id""")
                .param("refs", caseReferences).param("now", ts(now))
                .query((rs, n) -> {
                    Instant nextDue = instant(rs, "next_due");
                    byCase.computeIfAbsent(rs.getString("case_reference"), k -> new ArrayList<>())
                            .add(new AgreementLine(rs.getString("agreement_id"), rs.getString("kind"),
                                    rs.getString("status"), rs.getInt("current_version"),
                                    Sql.integer(rs, "in_force_version"),
                                    rs.getString("next_kind"), nextDue, nextDue != null && nextDue.isBefore(now),
                                    rs.getInt("overdue_items"), rs.getInt("open_breaches"),
                                    rs.getInt("open_escalations"), rs.getInt("warnings_count"),
                                    instant(rs, "last_activity_at")));
                    return null;
                }).list();
        return byCase;
    }
}
