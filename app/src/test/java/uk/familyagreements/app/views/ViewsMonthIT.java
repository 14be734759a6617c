package uk.familyagreements.app.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.familyagreements.app.support.DemoUsers;
import uk.familyagreements.app.support.EventScript;
import uk.familyagreements.app.support.IntegrationTest;
import uk.familyagreements.kernel.agreement.*;
import uk.familyagreements.kernel.calendar.WorkingDayCalendar;
import uk.familyagreements.kernel.cases.CaseAllocatedEvent;
import uk.familyagreements.kernel.cases.CaseOpenedEvent;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;
import uk.familyagreements.query.projection.ProjectionPositions;

/**
 * A month of work across two teams, written to the event store as it happened, then every view read over HTTP and
 * checked against what a practitioner, a team manager, a service manager and an auditor must see; then each
 * projection rebuilt from the store must give the same rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewsMonthIT extends IntegrationTest {

    private static final List<String> PROJECTIONS = List.of("caseload", "agreement-record", "audit-trail");

    @Autowired
    EventStore eventStore;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    ProjectionPositions positions;

    private final ObjectMapper json = new ObjectMapper();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final String north = "north-" + run;
    private final String south = "south-" + run;
    /** A team of the same service with no cases yet: the service manager still sees it, with zero counts. */
    private final String west = "west-" + run;
    private final String pa1 = "pa1-" + run;
    private final String pa2 = "pa2-" + run;
    private final String pb1 = "pb1-" + run;
    private final String tara = "tara-" + run;
    private final String ca1 = "CA1-" + run;
    private final String ca2 = "CA2-" + run;
    private final String ca3 = "CA3-" + run;
    private final String cb1 = "CB1-" + run;
    private final String w1 = "W1-" + run;
    private final String k1 = "K1-" + run;
    private final String w2 = "W2-" + run;
    private final String k2 = "K2-" + run;
    private final String d1 = "D1-" + run;
    private EventScript script;

    private Instant day(int daysAgo) {
        return now.minus(Duration.ofDays(daysAgo));
    }

    @Autowired
    org.axonframework.config.EventProcessingConfiguration processing;

    /**
     * The clocks saga would react to this scripted past (escalating its overdue items as it should) at moments the
     * test cannot control; it is paused while the views are checked, and catches up afterwards.
     */
    private void pauseClocks(boolean pause) {
        processing.eventProcessor("agreement-deadlines").ifPresent(p -> {
            if (pause) {
                p.shutDown();
            } else {
                p.start();
            }
        });
    }

    @org.junit.jupiter.api.AfterAll
    void resumeClocks() {
        pauseClocks(false);
    }

    @BeforeAll
    void aMonthOfWork() {
        pauseClocks(true);
        jdbc.sql("INSERT INTO service_area (service_code, name) VALUES (:s, 'Children in need')")
                .param("s", "svc-" + run).update();
        for (String team : List.of(north, south, west)) {
            jdbc.sql("INSERT INTO team (team_code, name, service_code) VALUES (:t, :t, :s)").param("t", team)
                    .param("s", "svc-" + run).update();
        }
        for (String[] staff : new String[][] {{pa1, north}, {pa2, north}, {pb1, south}}) {
            jdbc.sql("INSERT INTO staff_member (username, display_name, role, team_code) "
                    + "VALUES (:u, :u, 'PRACTITIONER', :t)").param("u", staff[0]).param("t", staff[1]).update();
        }
        script = new EventScript(eventStore);
        String feed = "case-feed";
        script.onCase(ca1, day(30), feed, "SYSTEM", new CaseOpenedEvent(ref(ca1), "Leo", pa1, north));
        script.onCase(ca2, day(30), feed, "SYSTEM", new CaseOpenedEvent(ref(ca2), "Mia", pa1, north));
        script.onCase(ca3, day(30), feed, "SYSTEM", new CaseOpenedEvent(ref(ca3), "Sam", pa2, north));
        script.onCase(cb1, day(30), feed, "SYSTEM", new CaseOpenedEvent(ref(cb1), "Zoe", pb1, south));

        // W1: a written safety agreement in force, a review missed, no meeting, a breach waiting for a decision.
        Period w1Period = new Period(day(10), now.plus(Duration.ofDays(1)), "");
        a(w1, 29, pa1, new AgreementDraftedEvent(id(w1), ref(ca1), AgreementKind.WRITTEN, Involvement.SAFETY_PLAN,
                "Keep Leo safe at home", "Leo said his father hurt him", null));
        a(w1, 29, pa1, new PartyAddedEvent(id(w1), 1, new Party("p1", "Anna Smith", PartyRole.PARENT, false, true)));
        a(w1, 29, pa1, new PartyAddedEvent(id(w1), 1, new Party("p2", pa1, PartyRole.SOCIAL_WORKER, false, true)));
        a(w1, 29, pa1, new CommitmentAddedEvent(id(w1), 1, new Commitment("c1", "p1", Undertaking.WILL_NOT,
                "let Mark into the house", "during this agreement", false)));
        a(w1, 29, pa1, new PeriodSetEvent(id(w1), 1, w1Period));
        a(w1, 29, pa1, new ReviewPointAddedEvent(id(w1), 1, new ReviewPoint("r1", day(2))));
        a(w1, 29, pa1, new ContingencyPlanSetEvent(id(w1), 1, "If Mark comes, Anna will call the police"));
        a(w1, 29, pa1, new ConsequencesSetEvent(id(w1), 1, "We may ask the court to decide"));
        a(w1, 12, tara, "TEAM_MANAGER", new AgreementApprovedEvent(id(w1), 1, hash("w1"), tara, "Clear and fair"));
        a(w1, 11, pa1, new ConsentCheckRecordedEvent(id(w1), 1, "p1", new ConsentCheck(
                Understanding.READ_IT_THEMSELVES, "", false, false, true, true, true)));
        a(w1, 10, pa1, new SignatureRecordedEvent(id(w1), 1, "p1", hash("w1"), day(10)));
        a(w1, 10, pa1, new SignatureRecordedEvent(id(w1), 1, "p2", hash("w1"), day(10)));
        a(w1, 10, pa1, new AgreementCameIntoForceEvent(id(w1), ref(ca1), AgreementKind.WRITTEN, 1, hash("w1"),
                day(10), w1Period, List.of(new ReviewPoint("r1", day(2)))));
        a(w1, 9, pa1, new CopySentEvent(id(w1), 1, "Anna Smith", CopyMethod.BY_HAND, day(9)));
        a(w1, 3, pa1, new BreachRecordedEvent(id(w1), "b1", "c1", "p1", day(3), "school",
                "Mark was seen at the house"));
        a(w1, 3, pa1, new EscalationRaisedEvent(id(w1), ref(ca1), "breach-b1", EscalationCause.BREACH,
                EscalationLevel.TEAM_MANAGER, "b1", day(1)));

        // K1: a working agreement drafted three weeks ago, never touched again, with two warnings.
        a(k1, 20, pa1, new AgreementDraftedEvent(id(k1), ref(ca2), AgreementKind.WORKING, Involvement.CIN_PLAN,
                "Help Mia get to school every day", null, null));
        a(k1, 20, pa1, new WarningsRecordedEvent(id(k1), 1, hash("k1"), List.of(
                new RuleViolation(RuleCode.JARGON, "purpose", "Say 'child in need' in full."),
                new RuleViolation(RuleCode.NOT_TIME_BOUND, "commitments[c1].when", "Say when."))));

        // W2: in force, reviewed, varied, the new version signed, then replaced with a plan; the case moves team.
        Period v1Period = new Period(day(26), day(13), "");
        Period v2Period = new Period(day(15), day(3), "");
        a(w2, 27, pa2, new AgreementDraftedEvent(id(w2), ref(ca3), AgreementKind.WRITTEN, Involvement.SAFETY_PLAN,
                "Keep Sam safe", null, null));
        a(w2, 27, pa2, new PartyAddedEvent(id(w2), 1, new Party("p1", "Beth Jones", PartyRole.PARENT, false, true)));
        a(w2, 27, pa2, new CommitmentAddedEvent(id(w2), 1, new Commitment("c1", "p1", Undertaking.WILL,
                "keep Sam away from Dan", "until Friday at 5pm", false)));
        a(w2, 27, pa2, new PeriodSetEvent(id(w2), 1, v1Period));
        a(w2, 27, pa2, new ReviewPointAddedEvent(id(w2), 1, new ReviewPoint("r1", day(20))));
        a(w2, 26, tara, "TEAM_MANAGER", new AgreementApprovedEvent(id(w2), 1, hash("w2a"), tara, null));
        a(w2, 26, pa2, new SignatureRecordedEvent(id(w2), 1, "p1", hash("w2a"), day(26)));
        a(w2, 26, pa2, new AgreementCameIntoForceEvent(id(w2), ref(ca3), AgreementKind.WRITTEN, 1, hash("w2a"),
                day(26), v1Period, List.of(new ReviewPoint("r1", day(20)))));
        a(w2, 26, pa2, new CopySentEvent(id(w2), 1, "Beth Jones", CopyMethod.BY_POST, day(26)));
        a(w2, 25, pa2, new MeetingArrangedEvent(id(w2), day(24), "Strategy meeting at the school"));
        a(w2, 20, pa2, new ReviewRecordedEvent(id(w2), "r1", ReviewOutcome.VARY, "Dan moved out", day(20)));
        a(w2, 15, pa2, new AgreementVariedEvent(id(w2), 2, 1, "Dan moved out"));
        a(w2, 15, pa2, new CommitmentRevisedEvent(id(w2), 2, new Commitment("c1", "p1", Undertaking.WILL_NOT,
                "let Dan stay overnight", "until Friday at 5pm", false)));
        a(w2, 15, pa2, new PeriodSetEvent(id(w2), 2, v2Period));
        a(w2, 14, tara, "TEAM_MANAGER", new AgreementApprovedEvent(id(w2), 2, hash("w2b"), tara, null));
        a(w2, 14, pa2, new SignatureRecordedEvent(id(w2), 2, "p1", hash("w2b"), day(14)));
        a(w2, 14, pa2, new AgreementCameIntoForceEvent(id(w2), ref(ca3), AgreementKind.WRITTEN, 2, hash("w2b"),
                day(14), v2Period, List.of(new ReviewPoint("r2", day(8)))));
        a(w2, 14, pa2, new CopySentEvent(id(w2), 2, "Beth Jones", CopyMethod.BY_HAND, day(14)));
        a(w2, 8, pa2, new ReviewRecordedEvent(id(w2), "r2", ReviewOutcome.REPLACE, "A CIN plan is agreed", day(8)));
        a(w2, 5, pa2, new AgreementReplacedWithPlanEvent(id(w2), ref(ca3), PlanKind.CIN_PLAN, "CIN-77", day(5)));
        script.onCase(ca3, day(4), tara, "TEAM_MANAGER", new CaseAllocatedEvent(ref(ca3), pb1, south));

        // K2: a CIN assessment agreement in force, copies never sent, the clock escalated it; D1 discarded.
        a(k2, 28, pb1, new AgreementDraftedEvent(id(k2), ref(cb1), AgreementKind.WORKING,
                Involvement.CIN_ASSESSMENT, "Assess how Zoe is doing", null, assessmentStart()));
        a(k2, 28, pb1, new PartyAddedEvent(id(k2), 1, new Party("p1", "Chris Brown", PartyRole.PARENT, false,
                true)));
        a(k2, 28, pb1, new SignatureRecordedEvent(id(k2), 1, "p1", hash("k2"), day(28)));
        a(k2, 28, pb1, new AgreementCameIntoForceEvent(id(k2), ref(cb1), AgreementKind.WORKING, 1, hash("k2"),
                day(28), null, List.of()));
        a(k2, 27, "system:deadlines", "SYSTEM", new EscalationRaisedEvent(id(k2), ref(cb1), "copies-v1",
                EscalationCause.COPIES_OVERDUE, EscalationLevel.TEAM_MANAGER, "v1", day(26)));
        a(d1, 26, pb1, new AgreementDraftedEvent(id(d1), ref(cb1), AgreementKind.WORKING, Involvement.OTHER,
                "Agree the school run", null, null));
        a(d1, 24, pb1, new DraftDiscardedEvent(id(d1), ref(cb1), "Not needed"));

        awaitAllProjections();
    }

    // ---- caseload

    @Test
    void aPractitionerSeesTheirCasesWithStatusNextDueItemOverdueFlagsBreachesAndWarnings() throws Exception {
        JsonNode page = get(asAuditor(), "/api/caseloads/" + pa1);

        assertThat(texts(page.get("items"), "caseReference")).containsExactly(ca1, ca2);
        JsonNode leo = page.get("items").get(0).get("agreements").get(0);
        assertThat(leo.get("agreementId").asText()).isEqualTo(w1);
        assertThat(leo.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(leo.get("nextDueKind").asText()).isEqualTo(expectedNorthOverdue().get(0)[1]);
        assertThat(leo.get("overdue").asBoolean()).isTrue();
        assertThat(leo.get("overdueItems").asInt()).isEqualTo(3);
        assertThat(leo.get("openBreaches").asInt()).isEqualTo(1);
        assertThat(leo.get("openEscalations").asInt()).isEqualTo(1);
        JsonNode mia = page.get("items").get(1).get("agreements").get(0);
        assertThat(mia.get("status").asText()).isEqualTo("DRAFT");
        assertThat(mia.get("warnings").asInt()).isEqualTo(2);
        assertThat(mia.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void reAllocationMovesTheCaseToTheNewPractitionerAndEndedOrDiscardedAgreementsLeaveTheCaseload()
            throws Exception {
        assertThat(get(asAuditor(), "/api/caseloads/" + pa2).get("items")).isEmpty();

        JsonNode page = get(asAuditor(), "/api/caseloads/" + pb1);
        assertThat(texts(page.get("items"), "caseReference")).containsExactly(ca3, cb1);
        assertThat(page.get("items").get(0).get("agreements")).isEmpty();
        JsonNode zoe = page.get("items").get(1).get("agreements");
        assertThat(texts(zoe, "agreementId")).containsExactly(k2);
        assertThat(zoe.get(0).get("overdueItems").asInt()).isEqualTo(2);
        assertThat(zoe.get(0).get("openEscalations").asInt()).isEqualTo(1);
        assertThat(zoe.get(0).get("openBreaches").asInt()).isZero();
    }

    @Test
    void pagesAreStableAndBadParametersAreNamedAndUnknownPeopleAreNotFound() throws Exception {
        JsonNode first = get(asAuditor(), "/api/caseloads/" + pa1 + "?size=1");
        JsonNode second = get(asAuditor(), "/api/caseloads/" + pa1 + "?size=1&page=1");
        assertThat(texts(first.get("items"), "caseReference")).containsExactly(ca1);
        assertThat(first.get("hasNext").asBoolean()).isTrue();
        assertThat(texts(second.get("items"), "caseReference")).containsExactly(ca2);
        assertThat(second.get("hasNext").asBoolean()).isFalse();

        ResponseEntity<String> tooBig = asAuditor().getForEntity("/api/caseloads/" + pa1 + "?size=1000",
                String.class);
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooBig.getBody()).contains("\"field\":\"size\"");
        ResponseEntity<String> badSort = asAuditor().getForEntity("/api/caseloads/" + pa1 + "?sort=shoeSize",
                String.class);
        assertThat(badSort.getBody()).contains("\"field\":\"sort\"");
        ResponseEntity<String> badNumber = asAuditor().getForEntity("/api/caseloads/" + pa1 + "?page=x",
                String.class);
        assertThat(badNumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badNumber.getBody()).contains("\"field\":\"page\"");
        assertThat(asAuditor().getForEntity("/api/caseloads/nobody-" + run, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(asAuditor().getForEntity("/api/teams/none-" + run + "/dashboard", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    // ---- dashboards

    @Test
    void theNorthTeamManagerSeesOverdueItemsByLatenessTheWaitingBreachTheMissingMeetingAndTheIdleDraft()
            throws Exception {
        JsonNode dashboard = get(asAuditor(), "/api/teams/" + north + "/dashboard");

        List<String[]> expected = expectedNorthOverdue();
        assertThat(texts(dashboard.get("overdue"), "itemKey"))
                .containsExactlyElementsOf(expected.stream().map(e -> e[2]).toList());
        assertThat(texts(dashboard.get("overdue"), "agreementId")).containsOnly(w1);
        JsonNode escalation = dashboard.get("escalationsWaiting").get(0);
        assertThat(escalation.get("escalationId").asText()).isEqualTo("breach-b1");
        assertThat(escalation.get("minutesWaiting").asLong()).isBetween(3 * 24 * 60L - 1, 3 * 24 * 60L + 5);
        assertThat(texts(dashboard.get("writtenWithoutMeeting"), "agreementId")).containsExactly(w1);
        assertThat(texts(dashboard.get("endingSoon"), "agreementId")).containsExactly(w1);
        assertThat(texts(dashboard.get("idleDrafts"), "agreementId")).containsExactly(k1);
        assertThat(texts(dashboard.get("withWarnings"), "agreementId")).containsExactly(k1);
        assertThat(counts(dashboard.get("counts"))).containsExactly(3L, 1L, 1L, 1L, 1L, 1L);
    }

    @Test
    void theSouthTeamInheritsTheReallocatedCaseButNotItsEndedAgreementAndTheServiceViewCountsBothTeams()
            throws Exception {
        JsonNode dashboard = get(asAuditor(), "/api/teams/" + south + "/dashboard");
        Instant copiesDue = day(28).plus(Duration.ofHours(24));
        Instant assessmentDue = calendar.addWorkingDays(assessmentStart(), 45).plusDays(1)
                .atStartOfDay(calendar.zone()).toInstant();
        List<String> expected = copiesDue.isBefore(assessmentDue) ? List.of("COPIES:v1", "ASSESSMENT")
                : List.of("ASSESSMENT", "COPIES:v1");
        assertThat(texts(dashboard.get("overdue"), "itemKey")).containsExactlyElementsOf(expected);
        assertThat(texts(dashboard.get("escalationsWaiting"), "escalationId")).containsExactly("copies-v1");
        assertThat(counts(dashboard.get("counts"))).containsExactly(2L, 1L, 0L, 0L, 0L, 0L);

        JsonNode service = get(asAuditor(), "/api/services/svc-" + run + "/dashboard");
        assertThat(texts(service.get("teams"), "team")).containsExactly(north, south, west);
        assertThat(counts(service.get("teams").get(0))).containsExactly(3L, 1L, 1L, 1L, 1L, 1L);
        assertThat(counts(service.get("teams").get(1))).containsExactly(2L, 1L, 0L, 0L, 0L, 0L);
        assertThat(counts(service.get("teams").get(2))).containsExactly(0L, 0L, 0L, 0L, 0L, 0L);
    }

    // ---- record and as it stood

    @Test
    void theRecordHoldsEachVersionItsSignaturesWithHashesCopiesReviewsAndTheReplacement() throws Exception {
        JsonNode record = get(asAuditor(), "/api/agreements/" + w2 + "/record?minVersion="
                + script.sequenceOf(w2));

        assertThat(record.get("status").asText()).isEqualTo("ENDED");
        assertThat(record.get("ending").get("plan").asText()).isEqualTo("CIN_PLAN");
        assertThat(record.get("versions")).hasSize(2);
        assertThat(record.get("versions").get(0).get("signatures").get(0).get("contentHash").asText())
                .isEqualTo("hash-w2a");
        assertThat(record.get("versions").get(1).get("signatures").get(0).get("contentHash").asText())
                .isEqualTo("hash-w2b");
        assertThat(record.get("versions").get(1).get("commitments").get("c1").get("text").asText())
                .isEqualTo("let Dan stay overnight");
        assertThat(texts(record.get("copies"), "recipient")).containsExactly("Beth Jones", "Beth Jones");
        assertThat(texts(record.get("reviews"), "outcome")).containsExactly("VARY", "REPLACE");
        assertThat(record.get("timeline")).hasSize((int) script.sequenceOf(w2) + 1);

        JsonNode w1Record = get(asAuditor(), "/api/agreements/" + w1 + "/record");
        assertThat(w1Record.get("versions").get(0).get("consentChecks")).hasSize(1);
        assertThat(w1Record.get("breaches").get(0).get("whatHappened").asText())
                .isEqualTo("Mark was seen at the house");
        assertThat(w1Record.get("escalations").get(0).has("decision")).isFalse();
    }

    @Test
    void anAgreementAsItStoodAtThreeInstantsOfTheMonth() throws Exception {
        JsonNode inForce = get(asAuditor(), "/api/agreements/" + w2 + "?asOf=" + day(24).plusSeconds(60));
        assertThat(inForce.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(inForce.get("currentVersion").asInt()).isEqualTo(1);
        assertThat(inForce.get("versions").get(0).get("commitments").get("c1").get("text").asText())
                .isEqualTo("keep Sam away from Dan");
        assertThat(inForce.get("meeting").get("note").asText()).isEqualTo("Strategy meeting at the school");
        assertThat(inForce.get("reviews")).isEmpty();

        JsonNode varying = get(asAuditor(), "/api/agreements/" + w2 + "?asOf=" + day(15).plusSeconds(60));
        assertThat(varying.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(varying.get("currentVersion").asInt()).isEqualTo(2);
        assertThat(varying.get("inForceVersion").asInt()).isEqualTo(1);
        assertThat(varying.get("versions").get(1).get("commitments").get("c1").get("text").asText())
                .isEqualTo("let Dan stay overnight");
        assertThat(varying.get("versions").get(1).get("signatures")).isEmpty();

        JsonNode replaced = get(asAuditor(), "/api/agreements/" + w2 + "?asOf=" + day(5).plusSeconds(60));
        assertThat(replaced.get("status").asText()).isEqualTo("ENDED");
        assertThat(replaced.get("inForceVersion").asInt()).isEqualTo(2);

        assertThat(asAuditor().getForEntity("/api/agreements/" + w2 + "?asOf=" + day(28), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> bad = asAuditor().getForEntity("/api/agreements/" + w2 + "?asOf=yesterday",
                String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("\"field\":\"asOf\"");
    }

    // ---- audit

    @Test
    void theAuditTrailSaysWhoDidWhatAndFromWhatToWhatFilteredAndExported() throws Exception {
        JsonNode w1Trail = get(asAuditor(), "/api/audit?agreementId=" + w1 + "&size=200");
        assertThat(w1Trail.get("items")).hasSize((int) script.sequenceOf(w1) + 1);
        assertThat(w1Trail.get("items").get(0).get("user").asText()).isEqualTo(pa1);

        JsonNode byTara = get(asAuditor(), "/api/audit?user=" + tara);
        assertThat(texts(byTara.get("items"), "event")).containsExactly("AgreementApprovedEvent",
                "AgreementApprovedEvent", "AgreementApprovedEvent", "CaseAllocatedEvent");
        assertThat(byTara.get("items").get(3).get("changes").toString())
                .contains("\"field\":\"practitioner\"", "\"from\":\"" + pa2 + "\"", "\"to\":\"" + pb1 + "\"");

        JsonNode week = get(asAuditor(), "/api/audit?caseReference=" + ca3 + "&from=" + day(16) + "&to=" + day(13));
        assertThat(texts(week.get("items"), "event")).containsExactly("AgreementVariedEvent",
                "CommitmentRevisedEvent", "PeriodSetEvent", "AgreementApprovedEvent", "SignatureRecordedEvent",
                "AgreementCameIntoForceEvent", "CopySentEvent");
        assertThat(week.get("items").get(1).get("changes").toString()).contains(
                "\"field\":\"commitments[c1].text\"", "\"from\":\"keep Sam away from Dan\"",
                "\"to\":\"let Dan stay overnight\"");

        ResponseEntity<String> csv = asAuditor().getForEntity("/api/audit/export?agreementId=" + w2, String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("position,at,user,roles,agreement_id,case_reference,event,what,field,");
        assertThat(csv.getBody()).contains("commitments[c1].text,keep Sam away from Dan,let Dan stay overnight");
        ResponseEntity<String> exported = asAuditor().getForEntity("/api/audit/export?format=json&agreementId=" + w2,
                String.class);
        assertThat(json.readTree(exported.getBody())).hasSize((int) script.sequenceOf(w2) + 1);
        assertThat(asAuditor().getForEntity("/api/audit?from=soon", String.class).getBody())
                .contains("\"field\":\"from\"");
    }

    // ---- freshness and rebuild

    @Test
    void aClientCanWaitForTheViewToCatchUpAndIsToldHowFreshTheAnswerIs() {
        long head = head();
        ResponseEntity<String> answer = asAuditor().getForEntity("/api/caseloads/" + pa1 + "?consistencyToken="
                + head, String.class);
        assertThat(answer.getHeaders().getFirst("X-Projection-Caught-Up")).isEqualTo("true");
        assertThat(Long.parseLong(answer.getHeaders().getFirst("X-Projection-Position"))).isGreaterThanOrEqualTo(head);
        ResponseEntity<String> future = asAuditor().getForEntity("/api/caseloads/" + pa1 + "?consistencyToken="
                + (head + 1_000_000), String.class);
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(future.getHeaders().getFirst("X-Projection-Caught-Up")).isEqualTo("false");
    }

    @Test
    void rebuildingEveryProjectionFromTheStoreGivesIdenticalRows() throws Exception {
        Map<String, List<String>> before = snapshot();
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        assertThat(asAdmin().postForEntity("/api/admin/projections/caseload/rebuild", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(asPractitioner().postForEntity("/api/admin/projections/caseload/rebuild?acceptGap=true", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        long head = head();
        for (String projection : PROJECTIONS) {
            ResponseEntity<String> started = asAdmin().postForEntity("/api/admin/projections/" + projection
                    + "/rebuild?acceptGap=true", null, String.class);
            assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            assertThat(json.readTree(started.getBody()).get("eventsTotal").asLong()).isPositive();
        }
        for (String projection : PROJECTIONS) {
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                JsonNode status = get(asAdmin(), "/api/admin/projections/" + projection);
                return !status.get("rebuilding").asBoolean() && status.get("position").asLong() >= head;
            });
            JsonNode status = get(asAdmin(), "/api/admin/projections/" + projection);
            assertThat(status.get("eventsDone").asLong()).isEqualTo(status.get("eventsTotal").asLong());
        }

        assertThat(snapshot()).isEqualTo(before);
    }

    // ---- helpers

    /** Auditors read every view everywhere (app.access), so one reader sees both teams' rows. */
    private org.springframework.boot.test.web.client.TestRestTemplate asAuditor() {
        return http.withBasicAuth(DemoUsers.ALEX.username(), DemoUsers.ALEX.password());
    }

    private org.springframework.boot.test.web.client.TestRestTemplate asAdmin() {
        return http.withBasicAuth(DemoUsers.ADA.username(), DemoUsers.ADA.password());
    }

    private Map<String, List<String>> snapshot() {
        List<String> cases = List.of(ca1, ca2, ca3, cb1);
        Map<String, String> queries = Map.of(
                "caseload_case", "SELECT row_to_json(t)::text FROM caseload_case t WHERE case_reference IN (:c) "
                        + "ORDER BY case_reference",
                "caseload_agreement", "SELECT row_to_json(t)::text FROM caseload_agreement t "
                        + "WHERE case_reference IN (:c) ORDER BY agreement_id",
                "caseload_due_item", "SELECT row_to_json(t)::text FROM caseload_due_item t "
                        + "WHERE case_reference IN (:c) ORDER BY agreement_id, item_key",
                "caseload_escalation", "SELECT row_to_json(t)::text FROM caseload_escalation t "
                        + "WHERE case_reference IN (:c) ORDER BY agreement_id, escalation_id",
                "agreement_record", "SELECT document::text FROM agreement_record WHERE case_reference IN (:c) "
                        + "ORDER BY agreement_id",
                "audit_entry", "SELECT row_to_json(t)::text FROM audit_entry t WHERE case_reference IN (:c) "
                        + "ORDER BY global_index");
        Map<String, List<String>> rows = new java.util.TreeMap<>();
        queries.forEach((table, sql) -> rows.put(table, jdbc.sql(sql).param("c", cases).query(String.class).list()));
        return rows;
    }

    private List<String[]> expectedNorthOverdue() {
        Instant inForce = day(10);
        var local = inForce.atZone(calendar.zone());
        Instant meetingDue = calendar.addWorkingDays(local.toLocalDate(), 5).atTime(local.toLocalTime())
                .atZone(calendar.zone()).toInstant();
        List<String[]> items = new ArrayList<>();
        items.add(new String[] {meetingDue.toString(), "MEETING", "MEETING"});
        items.add(new String[] {day(2).toString(), "REVIEW", "REVIEW:r1"});
        items.add(new String[] {day(1).toString(), "DECISION", "DECISION:breach-b1"});
        items.sort(Comparator.comparing(i -> Instant.parse(i[0])));
        return items;
    }

    private LocalDate assessmentStart() {
        return LocalDate.ofInstant(day(80), calendar.zone());
    }

    private void awaitAllProjections() {
        long head = head();
        await().atMost(Duration.ofSeconds(60)).until(() -> PROJECTIONS.stream()
                .allMatch(p -> positions.position(p) >= head));
    }

    private long head() {
        return jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single();
    }

    private void a(String agreementId, int daysAgo, String user, Object payload) {
        a(agreementId, daysAgo, user, "PRACTITIONER", payload);
    }

    private void a(String agreementId, int daysAgo, String user, String roles, Object payload) {
        script.agreement(agreementId, day(daysAgo), user, roles, payload);
    }

    private JsonNode get(org.springframework.boot.test.web.client.TestRestTemplate client, String path)
            throws Exception {
        ResponseEntity<String> response = client.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }

    private static List<Long> counts(JsonNode counts) {
        return List.of(counts.get("overdueItems").asLong(), counts.get("escalationsWaiting").asLong(),
                counts.get("writtenWithoutMeeting").asLong(), counts.get("endingSoon").asLong(),
                counts.get("idleDrafts").asLong(), counts.get("withWarnings").asLong());
    }

    private static CaseReference ref(String value) {
        return new CaseReference(value);
    }

    private static AgreementId id(String value) {
        return new AgreementId(value);
    }

    private static ContentHash hash(String value) {
        return new ContentHash("hash-" + value);
    }
}
