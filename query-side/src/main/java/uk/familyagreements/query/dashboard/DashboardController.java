package uk.familyagreements.query.dashboard;

import static uk.familyagreements.query.projection.Sql.instant;
import static uk.familyagreements.query.projection.Sql.ts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.familyagreements.kernel.calendar.WorkingDayCalendar;
import uk.familyagreements.query.projection.Freshness;
import uk.familyagreements.query.projection.Paging;
import uk.familyagreements.query.projection.ProjectionPositions;

/**
 * The team manager's dashboard and the service manager's view of every team. Reads the caseload projection's tables
 * (processing group {@code caseload}), whose rows follow a case when it is re-allocated to another team.
 */
@RestController
@RequestMapping("/api")
class DashboardController {

    static final String PROCESSING_GROUP = "caseload";
    static final int ENDING_SOON_WORKING_DAYS = 2;
    static final int IDLE_DRAFT_WORKING_DAYS = 5;

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final ProjectionPositions positions;
    private final Clock clock = Clock.systemUTC();

    DashboardController(JdbcClient jdbc, WorkingDayCalendar calendar, ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.positions = positions;
    }

    record OverdueItem(String agreementId, String caseReference, String practitioner, String kind, String itemKey,
                       Instant dueAt, long minutesLate) {
    }

    record WaitingEscalation(String agreementId, String escalationId, String caseReference, String practitioner,
                             String cause, String level, Instant raisedAt, long minutesWaiting, Instant dueAt) {
    }

    record AgreementItem(String agreementId, String caseReference, String practitioner, String kind, String status,
                         Instant since, Instant periodEnd, int warnings) {
    }

    record Counts(String team, long overdueItems, long escalationsWaiting, long writtenWithoutMeeting,
                  long endingSoon, long idleDrafts, long withWarnings) {
    }

    record TeamDashboard(String team, Instant asAt, Counts counts, List<OverdueItem> overdue,
                         List<WaitingEscalation> escalationsWaiting, List<AgreementItem> writtenWithoutMeeting,
                         List<AgreementItem> endingSoon, List<AgreementItem> idleDrafts,
                         List<AgreementItem> withWarnings, long position) {
    }

    record ServiceView(Instant asAt, List<Counts> teams, long position) {
    }

    /** Thresholds of one moment, in working days of the authority's calendar. */
    private record Window(Instant now, Instant endingBy, Instant idleBefore) {
    }

    /**
     * Everything a team manager acts on, each list capped at {@code limit} rows (most urgent first) while the
     * counts stay exact.
     */
    @GetMapping("/teams/{team}/dashboard")
    ResponseEntity<TeamDashboard> team(@PathVariable String team, @RequestParam(required = false) Integer limit,
                                       @RequestParam(required = false) Long consistencyToken) {
        int cap = Paging.size(limit, 50);
        Freshness freshness = positions.awaitPosition(PROCESSING_GROUP,
                consistencyToken == null ? -1 : consistencyToken);
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM team WHERE team_code = :t) "
                        + "OR EXISTS (SELECT 1 FROM caseload_case WHERE team = :t)")
                .param("t", team).query(Boolean.class).single();
        if (!known) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No team has this code.");
        }
        Window w = window();
        List<OverdueItem> overdue = jdbc.sql("""
                        SELECT agreement_id, case_reference, practitioner, kind, item_key, due_at
                        FROM caseload_due_item
                        WHERE team = :t AND done_at IS NULL AND due_at < :now
                        ORDER BY due_at, agreement_id, item_key LIMIT :cap""")
                .param("t", team).param("now", ts(w.now())).param("cap", cap)
                .query((rs, n) -> new OverdueItem(rs.getString("agreement_id"), rs.getString("case_reference"),
                        rs.getString("practitioner"), rs.getString("kind"), rs.getString("item_key"),
                        instant(rs, "due_at"), Duration.between(instant(rs, "due_at"), w.now()).toMinutes()))
                .list();
        List<WaitingEscalation> escalations = jdbc.sql("""
                        SELECT agreement_id, escalation_id, case_reference, practitioner, cause, level, raised_at,
                               due_at
                        FROM caseload_escalation
                        WHERE team = :t AND decided_at IS NULL
                        ORDER BY raised_at, agreement_id, escalation_id LIMIT :cap""")
                .param("t", team).param("cap", cap)
                .query((rs, n) -> new WaitingEscalation(rs.getString("agreement_id"), rs.getString("escalation_id"),
                        rs.getString("case_reference"), rs.getString("practitioner"), rs.getString("cause"),
                        rs.getString("level"), instant(rs, "raised_at"),
                        Duration.between(instant(rs, "raised_at"), w.now()).toMinutes(), instant(rs, "due_at")))
                .list();
        List<AgreementItem> withoutMeeting = agreements(team, """
                kind = 'WRITTEN' AND status = 'IN_FORCE' AND meeting_arranged_at IS NULL""", "in_force_since", w, cap);
        List<AgreementItem> endingSoon = agreements(team, """
                status = 'IN_FORCE' AND period_end >= :now AND period_end < :endingBy""", "period_end", w, cap);
        List<AgreementItem> idle = agreements(team, """
                status = 'DRAFT' AND last_activity_at < :idleBefore""", "last_activity_at", w, cap);
        List<AgreementItem> warnings = agreements(team, """
                status NOT IN ('ENDED', 'DISCARDED') AND warnings_count > 0""", "warnings_count DESC, drafted_at", w,
                cap);
        Counts counts = counts(Scope.team(team), w).stream().findFirst()
                .orElse(new Counts(team, 0, 0, 0, 0, 0, 0));
        return ResponseEntity.ok().headers(freshness.headers()).body(new TeamDashboard(team, w.now(), counts, overdue,
                escalations, withoutMeeting, endingSoon, idle, warnings, freshness.position()));
    }

    /** The same figures per team of one service, for its service manager. */
    @GetMapping("/services/{service}/dashboard")
    ResponseEntity<ServiceView> service(@PathVariable String service,
                                        @RequestParam(required = false) Long consistencyToken) {
        Freshness freshness = positions.awaitPosition(PROCESSING_GROUP,
                consistencyToken == null ? -1 : consistencyToken);
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM service_area WHERE service_code = :s)")
                .param("s", service).query(Boolean.class).single()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No service has this code.");
        }
        Window w = window();
        List<Counts> teams = counts(Scope.service(service), w);
        return ResponseEntity.ok().headers(freshness.headers())
                .body(new ServiceView(w.now(), teams, freshness.position()));
    }

    private Window window() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        // Ending within 2 working days: before the end of the second working day from today.
        Instant endingBy = calendar.addWorkingDays(today, ENDING_SOON_WORKING_DAYS).plusDays(1)
                .atStartOfDay(calendar.zone()).toInstant();
        // Idle for 5 working days: last touched before the start of the day 5 working days ago.
        Instant idleBefore = calendar.subtractWorkingDays(today, IDLE_DRAFT_WORKING_DAYS)
                .atStartOfDay(calendar.zone()).toInstant();
        return new Window(now, endingBy, idleBefore);
    }

    private List<AgreementItem> agreements(String team, String condition, String order, Window w, int cap) {
        return jdbc.sql("""
                        SELECT agreement_id, case_reference, practitioner, kind, status,
                               COALESCE(in_force_since, drafted_at) AS since, period_end, warnings_count,
                               last_activity_at
                        FROM caseload_agreement
                        WHERE team = :t AND %s
                        ORDER BY %s, agreement_id LIMIT :cap""".formatted(condition, order))
                .param("t", team).param("now", ts(w.now())).param("endingBy", ts(w.endingBy()))
                .param("idleBefore", ts(w.idleBefore())).param("cap", cap)
                .query((rs, n) -> new AgreementItem(rs.getString("agreement_id"), rs.getString("case_reference"),
                        rs.getString("practitioner"), rs.getString("kind"), rs.getString("status"),
                        "DRAFT".equals(rs.getString("status")) ? instant(rs, "last_activity_at")
                                : instant(rs, "since"),
                        instant(rs, "period_end"), rs.getInt("warnings_count")))
                .list();
    }

    /** The teams a set of counts covers: one team, or every team of one service (with zero counts too). */
    private record Scope(String teams, String code) {
        static Scope team(String team) {
            return new Scope("SELECT CAST(:code AS VARCHAR) AS team", team);
        }

        // Counting only the service's own teams keeps the cost with the size of the service, not the authority.
        static Scope service(String service) {
            return new Scope("SELECT team_code AS team FROM team WHERE service_code = :code", service);
        }
    }

    /**
     * Exact counts for each team of the scope, in team order. Each count has the same condition as its list, so it
     * is an index-only scan of that list's partial index (V2026_12_05_01).
     */
    private List<Counts> counts(Scope scope, Window w) {
        return jdbc.sql("""
                        SELECT t.team,
                            (SELECT count(*) FROM caseload_due_item d
                             WHERE d.team = t.team AND d.done_at IS NULL AND d.due_at < :now) AS overdue,
                            (SELECT count(*) FROM caseload_escalation e
                             WHERE e.team = t.team AND e.decided_at IS NULL) AS waiting,
                            (SELECT count(*) FROM caseload_agreement a
                             WHERE a.team = t.team AND a.kind = 'WRITTEN' AND a.status = 'IN_FORCE'
                                AND a.meeting_arranged_at IS NULL) AS without_meeting,
                            (SELECT count(*) FROM caseload_agreement a
                             WHERE a.team = t.team AND a.status = 'IN_FORCE' AND a.period_end >= :now
                                AND a.period_end < :endingBy) AS ending_soon,
                            (SELECT count(*) FROM caseload_agreement a
                             WHERE a.team = t.team AND a.status = 'DRAFT' AND a.last_activity_at < :idleBefore) AS idle,
                            (SELECT count(*) FROM caseload_agreement a
                             WHERE a.team = t.team AND a.warnings_count > 0
                                AND a.status NOT IN ('ENDED', 'DISCARDED')) AS warnings
                        FROM (%s) t
                        ORDER BY t.team""".formatted(scope.teams()))
                .param("code", scope.code()).param("now", ts(w.now())).param("endingBy", ts(w.endingBy()))
                .param("idleBefore", ts(w.idleBefore()))
                .query((rs, n) -> new Counts(rs.getString("team"), rs.getLong("overdue"), rs.getLong("waiting"),
                        rs.getLong("without_meeting"), rs.getLong("ending_soon"), rs.getLong("idle"),
                        rs.getLong("warnings")))
                .list();
    }
}
