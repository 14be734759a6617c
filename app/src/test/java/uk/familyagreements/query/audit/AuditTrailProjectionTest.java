package uk.familyagreements.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.familyagreements.app.support.ViewsDatabase;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.CommitmentAddedEvent;
import uk.familyagreements.kernel.agreement.CommitmentRemovedEvent;
import uk.familyagreements.kernel.agreement.CommitmentRevisedEvent;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.Undertaking;
import uk.familyagreements.kernel.cases.CaseAllocatedEvent;
import uk.familyagreements.kernel.cases.CaseOpenedEvent;
import uk.familyagreements.kernel.cases.CaseReference;

class AuditTrailProjectionTest {

    private static final AgreementId ID = new AgreementId("a-1");
    private static final CaseReference CASE = new CaseReference("C-1");
    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");

    private final JdbcClient jdbc = ViewsDatabase.fresh();
    private final AuditTrailProjection projection = new AuditTrailProjection(jdbc, new ObjectMapper());
    private long index;

    private DomainEventMessage<?> handle(String aggregate, long seq, Object payload, String user) throws Exception {
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("Agreement", aggregate, seq, payload,
                Map.of("user", user, "roles", "PRACTITIONER"), "event-" + aggregate + "-" + seq, AT.plusSeconds(seq));
        projection.on(payload, message, new GlobalSequenceTrackingToken(++index));
        return message;
    }

    private List<String> changes() {
        return jdbc.sql("SELECT changes::text FROM audit_entry ORDER BY global_index").query(String.class).list();
    }

    @Test
    void aContentChangeSaysWhichFieldChangedFromWhatToWhatAndWho() throws Exception {
        handle("a-1", 0, new AgreementDraftedEvent(ID, CASE, AgreementKind.WORKING, Involvement.CIN_PLAN,
                "Help Mia", null, null), "sam");
        handle("a-1", 1, new CommitmentAddedEvent(ID, 1, new Commitment("c-1", "p-1", Undertaking.WILL,
                "take Mia to school", "daily", false)), "sam");
        handle("a-1", 2, new CommitmentRevisedEvent(ID, 1, new Commitment("c-1", "p-1", Undertaking.WILL,
                "take Mia to school by 8.45", "daily", false)), "ali");
        handle("a-1", 3, new CommitmentRemovedEvent(ID, 1, "c-1"), "ali");

        Map<String, Object> revised = jdbc.sql("SELECT * FROM audit_entry WHERE sequence_number = 2").query()
                .singleRow();
        assertThat(revised).containsEntry("username", "ali").containsEntry("case_reference", "C-1")
                .containsEntry("event_type", "CommitmentRevisedEvent").containsEntry("summary", "Commitment revised");
        assertThat(changes().get(2)).isEqualTo("[{\"to\": \"take Mia to school by 8.45\", \"from\": \"take Mia to "
                + "school\", \"field\": \"commitments[c-1].text\"}]");
        assertThat(changes().get(3)).contains("\"field\": \"commitments[c-1].text\"",
                "\"from\": \"take Mia to school by 8.45\"", "\"to\": null");
    }

    @Test
    void caseEventsAreInTheTrailWithTheReallocationAsAChange() throws Exception {
        handle("C-1", 0, new CaseOpenedEvent(CASE, "Mia", "sam", "north"), "tara");
        handle("C-1", 1, new CaseAllocatedEvent(CASE, "ali", "north"), "tara");

        assertThat(changes().get(1)).isEqualTo("[{\"to\": \"ali\", \"from\": \"sam\", \"field\": \"practitioner\"}]");
        assertThat(jdbc.sql("SELECT case_reference FROM audit_entry WHERE sequence_number = 1").query(String.class)
                .single()).isEqualTo("C-1");
    }

    @Test
    void aRedeliveredEventIsWrittenOnce() throws Exception {
        DomainEventMessage<?> message = handle("a-1", 0, new AgreementDraftedEvent(ID, CASE, AgreementKind.WORKING,
                Involvement.CIN_PLAN, "Help Mia", null, null), "sam");
        projection.on(message.getPayload(), message, new GlobalSequenceTrackingToken(1));

        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single()).isEqualTo(1);
    }
}
