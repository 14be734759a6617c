package uk.familyagreements.query.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.familyagreements.app.support.ViewsDatabase;
import uk.familyagreements.kernel.agreement.AgreementCameIntoForceEvent;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.AgreementEndedEvent;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.ContentHash;
import uk.familyagreements.kernel.agreement.CopySentEvent;
import uk.familyagreements.kernel.agreement.CopyMethod;
import uk.familyagreements.kernel.agreement.EndReason;
import uk.familyagreements.kernel.agreement.EscalationCause;
import uk.familyagreements.kernel.agreement.EscalationDecisionRecordedEvent;
import uk.familyagreements.kernel.agreement.EscalationLevel;
import uk.familyagreements.kernel.agreement.EscalationRaisedEvent;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.MeetingArrangedEvent;
import uk.familyagreements.kernel.agreement.Period;
import uk.familyagreements.kernel.agreement.ReviewPoint;
import uk.familyagreements.kernel.agreement.ReviewRecordedEvent;
import uk.familyagreements.kernel.agreement.ReviewOutcome;
import uk.familyagreements.kernel.agreement.WarningsRecordedEvent;
import uk.familyagreements.kernel.cases.CaseAllocatedEvent;
import uk.familyagreements.kernel.cases.CaseOpenedEvent;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

/** Handlers called directly against a real PostgreSQL database of their own. */
class CaseloadProjectionTest {

    private static final CaseReference CASE = new CaseReference("C-1");
    private static final AgreementId ID = new AgreementId("a-1");
    // Monday 2 November 2026, 10:00 in London (GMT).
    private static final Instant MONDAY = Instant.parse("2026-11-02T10:00:00Z");

    private final JdbcClient jdbc = ViewsDatabase.fresh();
    private final CaseloadProjection projection = new CaseloadProjection(jdbc, ViewsDatabase.weekdays());

    private void writtenInForce() {
        projection.on(new CaseOpenedEvent(CASE, "Leo", "sam", "north"), MONDAY);
        projection.on(new AgreementDraftedEvent(ID, CASE, AgreementKind.WRITTEN, Involvement.SAFETY_PLAN, "Keep Leo "
                + "safe", null, null), MONDAY, 0);
        projection.on(new AgreementCameIntoForceEvent(ID, CASE, AgreementKind.WRITTEN, 1, new ContentHash("h"),
                MONDAY, new Period(MONDAY, MONDAY.plusSeconds(7 * 86_400), ""),
                List.of(new ReviewPoint("r-1", MONDAY.plusSeconds(3 * 86_400)))), MONDAY, 5, "sam");
    }

    private Map<String, Object> due(String key) {
        return jdbc.sql("SELECT * FROM caseload_due_item WHERE agreement_id = 'a-1' AND item_key = :k")
                .param("k", key).query().singleRow();
    }

    @Test
    void aWrittenAgreementInForceOwesCopiesAMeetingItsReviewsAndItsEnd() {
        writtenInForce();

        assertThat(jdbc.sql("SELECT item_key FROM caseload_due_item ORDER BY due_at").query(String.class).list())
                .containsExactly("COPIES:v1", "REVIEW:r-1", "MEETING", "PERIOD_ENDED");
        assertThat(((java.sql.Timestamp) due("COPIES:v1").get("due_at")).toInstant())
                .isEqualTo(MONDAY.plusSeconds(86_400));
        // Five working days after Monday is the next Monday.
        assertThat(((java.sql.Timestamp) due("MEETING").get("due_at")).toInstant())
                .isEqualTo(MONDAY.plusSeconds(7 * 86_400));
        assertThat(jdbc.sql("SELECT status, practitioner, team FROM caseload_agreement").query().singleRow())
                .containsEntry("status", "IN_FORCE").containsEntry("practitioner", "sam")
                .containsEntry("team", "north");
    }

    @Test
    void copiesMeetingAndReviewCloseTheirItemsAndEndingClosesTheRest() {
        writtenInForce();
        projection.on(new CopySentEvent(ID, 1, "Anna", CopyMethod.BY_HAND, MONDAY), MONDAY, 6, "sam");
        projection.on(new MeetingArrangedEvent(ID, MONDAY.plusSeconds(86_400), ""), MONDAY, 7, "sam");
        projection.on(new ReviewRecordedEvent(ID, "r-1", ReviewOutcome.CONTINUE, "", MONDAY), MONDAY, 8, "sam");

        assertThat(jdbc.sql("SELECT item_key FROM caseload_due_item WHERE done_at IS NULL").query(String.class)
                .list()).containsExactly("PERIOD_ENDED");

        projection.on(new AgreementEndedEvent(ID, CASE, EndReason.CONCLUDED, "", MONDAY), MONDAY, 9, "sam");
        assertThat(jdbc.sql("SELECT count(*) FROM caseload_due_item WHERE done_at IS NULL").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT status FROM caseload_agreement").query(String.class).single())
                .isEqualTo("ENDED");
    }

    @Test
    void reAllocationMovesTheAgreementItsItemsAndEscalationsToTheNewPractitionerAndTeam() {
        writtenInForce();
        projection.on(new EscalationRaisedEvent(ID, CASE, "breach-b1", EscalationCause.BREACH,
                EscalationLevel.TEAM_MANAGER, "b1", null), MONDAY, 6, "sam");

        projection.on(new CaseAllocatedEvent(CASE, "ali", "south"), MONDAY);

        for (String table : List.of("caseload_case", "caseload_agreement", "caseload_due_item",
                "caseload_escalation")) {
            assertThat(jdbc.sql("SELECT DISTINCT practitioner || '/' || team FROM " + table).query(String.class)
                    .list()).as(table).containsExactly("ali/south");
        }
    }

    @Test
    void aBreachEscalationWaitsForADecisionDueNextWorkingDayAndTheLadderKeepsTheFirstRaise() {
        writtenInForce();
        Instant friday = Instant.parse("2026-11-06T15:00:00Z");
        projection.on(new EscalationRaisedEvent(ID, CASE, "breach-b1", EscalationCause.BREACH,
                EscalationLevel.TEAM_MANAGER, "b1", null), friday, 6, "sam");
        projection.on(new EscalationRaisedEvent(ID, CASE, "breach-b1", EscalationCause.DECISION_OVERDUE,
                EscalationLevel.SERVICE_MANAGER, "b1", null), friday.plusSeconds(86_400 * 3), 7,
                "system:deadlines");

        Map<String, Object> escalation = jdbc.sql("SELECT * FROM caseload_escalation").query().singleRow();
        assertThat(escalation).containsEntry("level", "SERVICE_MANAGER").containsEntry("cause", "BREACH");
        assertThat(((java.sql.Timestamp) escalation.get("raised_at")).toInstant()).isEqualTo(friday);
        // Friday's breach needs a decision by Monday.
        assertThat(((java.sql.Timestamp) due("DECISION:breach-b1").get("due_at")).toInstant())
                .isEqualTo(Instant.parse("2026-11-09T15:00:00Z"));

        projection.on(new EscalationDecisionRecordedEvent(ID, "breach-b1", "Strategy meeting", "tara"), friday, 8,
                "tara");
        assertThat(jdbc.sql("SELECT decided_by FROM caseload_escalation").query(String.class).single())
                .isEqualTo("tara");
        assertThat(due("DECISION:breach-b1").get("done_at")).isNotNull();
    }

    @Test
    void warningsCountFollowsTheLatestListAndSystemEventsDoNotCountAsActivity() {
        writtenInForce();
        projection.on(new WarningsRecordedEvent(ID, 1, new ContentHash("h"), List.of(
                new RuleViolation(RuleCode.JARGON, "purpose", "Say child in need"),
                new RuleViolation(RuleCode.HARD_TO_READ, "purpose", "Shorter"))), MONDAY, 6, "sam");
        projection.on(new EscalationRaisedEvent(ID, CASE, "review-r-1", EscalationCause.REVIEW_OVERDUE,
                EscalationLevel.TEAM_MANAGER, "r-1", null), MONDAY.plusSeconds(9 * 86_400), 7, "system:deadlines");

        assertThat(jdbc.sql("SELECT warnings_count, last_activity_at FROM caseload_agreement").query().singleRow())
                .containsEntry("warnings_count", 2);
        assertThat(jdbc.sql("SELECT last_activity_at FROM caseload_agreement").query(OffsetDateTime.class).single()
                .toInstant()).isEqualTo(MONDAY);
    }

    @Test
    void aRedeliveredEventChangesNothingAndResetEmptiesTheView() {
        writtenInForce();
        projection.on(new WarningsRecordedEvent(ID, 1, new ContentHash("h"), List.of(
                new RuleViolation(RuleCode.JARGON, "purpose", "Say child in need"))), MONDAY, 6, "sam");
        // An older event delivered again after a failed batch.
        projection.on(new WarningsRecordedEvent(ID, 1, new ContentHash("h"), List.of()), MONDAY, 3, "sam");
        projection.on(new AgreementDraftedEvent(ID, CASE, AgreementKind.WRITTEN, Involvement.SAFETY_PLAN, "x", null,
                null), MONDAY, 0);

        assertThat(jdbc.sql("SELECT warnings_count FROM caseload_agreement").query(Integer.class).single())
                .isEqualTo(1);

        projection.reset();
        assertThat(jdbc.sql("SELECT count(*) FROM caseload_agreement").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM caseload_case").query(Long.class).single()).isZero();
    }
}
