package uk.familyagreements.app.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.familyagreements.app.support.AgreementScript;
import uk.familyagreements.app.support.ContentFromEvents;
import uk.familyagreements.app.support.IntegrationTest;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.ApproveAgreementCommand;
import uk.familyagreements.kernel.agreement.DiscardDraftCommand;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.cases.CloseCaseCommand;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolationException;

/**
 * A manager approving a written agreement (it becomes active on its case) races a close of the same case, many
 * times, on real PostgreSQL. Whatever the interleaving, exactly one wins, and never a closed case with an active
 * written agreement (docs/adr/0002-case-closure-guard.md).
 */
class CaseClosureRaceIT extends IntegrationTest {

    private static final int TRIALS = 15;

    @Autowired
    EventStore eventStore;

    @Test
    void aCloseRacingAnApprovalNeverLeavesAClosedCaseWithAnActiveWrittenAgreement() throws Exception {
        AgreementScript script = new AgreementScript(commandGateway);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            for (int trial = 0; trial < TRIALS; trial++) {
                String caseReference = "CASE-RACE-" + trial + "-" + System.nanoTime();
                openCase(caseReference);
                AgreementId id = script.completeWrittenDraft(caseReference, Instant.now().plus(1, ChronoUnit.DAYS));
                String hash = currentHash(id);
                CyclicBarrier start = new CyclicBarrier(2);

                CompletableFuture<Boolean> approved = CompletableFuture.supplyAsync(() -> attempt(start, () ->
                        script.send(MANAGER, "ROLE_TEAM_MANAGER", new ApproveAgreementCommand(id, hash, null))),
                        threads);
                CompletableFuture<Boolean> closed = CompletableFuture.supplyAsync(() -> attempt(start, () ->
                        script.send(PRACTITIONER, "ROLE_PRACTITIONER",
                                new CloseCaseCommand(new CaseReference(caseReference), "Work finished"))), threads);

                boolean approvalWon = approved.get();
                boolean closeWon = closed.get();
                assertThat(approvalWon ^ closeWon).as("exactly one of approval (%s) and close (%s) succeeds", approvalWon, closeWon).isTrue();
                assertThat(storedEvents(caseReference, "CaseClosedEvent") > 0
                        && storedEvents(caseReference, "WrittenAgreementActivatedOnCaseEvent") > 0)
                        .as("a closed case with an active written agreement").isFalse();
                assertThat(storedEvents(id.value(), "AgreementApprovedEvent")).isEqualTo(approvalWon ? 1 : 0);
                outcomes.add(approvalWon ? "approved" : "closed");
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(outcomes).hasSize(TRIALS);
    }

    @Test
    void aCaseWithAnApprovedWrittenAgreementClosesOnlyAfterTheAgreementIsDiscarded() {
        AgreementScript script = new AgreementScript(commandGateway);
        String caseReference = "CASE-CLOSE-" + System.nanoTime();
        openCase(caseReference);
        AgreementId id = script.completeWrittenDraft(caseReference, Instant.now().plus(1, ChronoUnit.DAYS));
        script.send(MANAGER, "ROLE_TEAM_MANAGER", new ApproveAgreementCommand(id, currentHash(id), null));

        CloseCaseCommand close = new CloseCaseCommand(new CaseReference(caseReference), "Work finished");
        assertThatThrownBy(() -> script.send(PRACTITIONER, "ROLE_PRACTITIONER", close))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .extracting(v -> v.code()).containsExactly(RuleCode.CASE_HAS_ACTIVE_WRITTEN_AGREEMENT));

        script.send(PRACTITIONER, "ROLE_PRACTITIONER", new DiscardDraftCommand(id, "A plan was agreed instead"));
        script.send(PRACTITIONER, "ROLE_PRACTITIONER", close);
        assertThat(storedEvents(caseReference, "CaseClosedEvent")).isEqualTo(1);
    }

    @Test
    void aClosedCaseRefusesAnApprovalAndTheAgreementStaysADraft() {
        AgreementScript script = new AgreementScript(commandGateway);
        String caseReference = "CASE-CLOSED-" + System.nanoTime();
        openCase(caseReference);
        AgreementId id = script.completeWrittenDraft(caseReference, Instant.now().plus(1, ChronoUnit.DAYS));
        script.send(PRACTITIONER, "ROLE_PRACTITIONER", new CloseCaseCommand(new CaseReference(caseReference), "x"));

        assertThatThrownBy(() -> script.send(MANAGER, "ROLE_TEAM_MANAGER",
                new ApproveAgreementCommand(id, currentHash(id), null)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(storedEvents(id.value(), "AgreementApprovedEvent")).isZero();
    }

    private long storedEvents(String aggregateId, String eventName) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id "
                        + "AND payload_type = :type")
                .param("id", aggregateId)
                .param("type", eventName.startsWith("Case") || eventName.startsWith("Written")
                        ? "uk.familyagreements.kernel.cases." + eventName
                        : "uk.familyagreements.kernel.agreement." + eventName)
                .query(Long.class).single();
    }

    /** Runs the command at the same moment as the other thread; true when it succeeded, false when a rule refused it. */
    private static boolean attempt(CyclicBarrier start, Runnable command) {
        try {
            start.await();
            command.run();
            return true;
        } catch (RuleViolationException refused) {
            assertThat(refused.violations()).extracting(v -> v.code())
                    .containsAnyOf(RuleCode.CASE_HAS_ACTIVE_WRITTEN_AGREEMENT, RuleCode.INVALID_STATE);
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String currentHash(AgreementId id) {
        return ContentFromEvents.latest(eventStore, id).hash().value();
    }
}
