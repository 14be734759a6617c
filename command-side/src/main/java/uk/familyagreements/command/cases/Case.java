package uk.familyagreements.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.familyagreements.command.agreement.rules.AgreementRuleSettings;
import uk.familyagreements.command.web.ExpectedVersionCommandTargetResolver;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.cases.AgreementRegisteredOnCaseEvent;
import uk.familyagreements.kernel.cases.AllocateCaseCommand;
import uk.familyagreements.kernel.cases.CaseAllocatedEvent;
import uk.familyagreements.kernel.cases.CaseClosedEvent;
import uk.familyagreements.kernel.cases.CaseOpenedEvent;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.cases.CloseCaseCommand;
import uk.familyagreements.kernel.cases.OpenCaseCommand;
import uk.familyagreements.kernel.cases.RecordWrittenAgreementActiveCommand;
import uk.familyagreements.kernel.cases.RecordWrittenAgreementInactiveCommand;
import uk.familyagreements.kernel.cases.RegisterAgreementOnCaseCommand;
import uk.familyagreements.kernel.cases.WrittenAgreementActivatedOnCaseEvent;
import uk.familyagreements.kernel.cases.WrittenAgreementDeactivatedOnCaseEvent;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;
import uk.familyagreements.kernel.rules.RuleViolationException;

/**
 * A child's or family's case: its allocation, and the written agreements on it that are awaiting signatures or in
 * force. Closing is refused while any is. Because an agreement becoming active appends to this stream in the same
 * transaction, a close and an activation that race collide on the stream's next sequence number: one of them fails
 * and is retried against the other's outcome.
 */
@Aggregate(commandTargetResolver = ExpectedVersionCommandTargetResolver.BEAN_NAME)
class Case {

    @AggregateIdentifier
    private CaseReference caseReference;
    private boolean closed;
    private String practitioner;
    private String team;
    private final Set<AgreementId> activeWrittenAgreements = new HashSet<>();
    /** When each written agreement on the case ended, and whether it had been breached. */
    private final Map<AgreementId, WrittenAgreementOutcome> endedWrittenAgreements = new HashMap<>();

    private record WrittenAgreementOutcome(Instant endedAt, boolean breached) {
    }

    protected Case() {
        // Required by Axon to rebuild the aggregate from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(OpenCaseCommand command) {
        List<RuleViolation> violations = new ArrayList<>();
        requireText(violations, command.practitioner(), "practitioner", "Name the allocated practitioner.");
        requireText(violations, command.team(), "team", "Name the practitioner's team.");
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        apply(new CaseOpenedEvent(command.caseReference(), strip(command.childName()), command.practitioner().strip(),
                command.team().strip()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AllocateCaseCommand command) {
        requireOpen();
        List<RuleViolation> violations = new ArrayList<>();
        requireText(violations, command.practitioner(), "practitioner", "Name the allocated practitioner.");
        requireText(violations, command.team(), "team", "Name the practitioner's team.");
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        if (!command.practitioner().strip().equals(practitioner) || !command.team().strip().equals(team)) {
            apply(new CaseAllocatedEvent(caseReference, command.practitioner().strip(), command.team().strip()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CloseCaseCommand command) {
        requireOpen();
        if (!activeWrittenAgreements.isEmpty()) {
            throw RuleViolationException.of(RuleCode.CASE_HAS_ACTIVE_WRITTEN_AGREEMENT, "caseReference",
                    "A written agreement on this case is in force or awaiting signatures. End it or replace it with "
                            + "a plan before closing the case.");
        }
        apply(new CaseClosedEvent(caseReference, strip(command.reason())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    boolean handle(RegisterAgreementOnCaseCommand command, AgreementRuleSettings settings, Clock clock) {
        requireOpen();
        apply(new AgreementRegisteredOnCaseEvent(caseReference, command.agreementId(), command.kind()));
        if (command.kind() != AgreementKind.WRITTEN) {
            return false;
        }
        Instant windowStart = clock.instant().minus(settings.serialAgreementWindow());
        boolean previousStillActive = !activeWrittenAgreements.isEmpty();
        boolean endedWithinWindow = endedWrittenAgreements.values().stream()
                .anyMatch(outcome -> outcome.endedAt().isAfter(windowStart));
        return previousStillActive || endedWithinWindow;
    }

    @CommandHandler
    void handle(RecordWrittenAgreementActiveCommand command) {
        requireOpen();
        if (!activeWrittenAgreements.contains(command.agreementId())) {
            apply(new WrittenAgreementActivatedOnCaseEvent(caseReference, command.agreementId()));
        }
    }

    @CommandHandler
    void handle(RecordWrittenAgreementInactiveCommand command) {
        // Allowed on a closed case too: it can only make the case safer.
        if (activeWrittenAgreements.contains(command.agreementId())) {
            apply(new WrittenAgreementDeactivatedOnCaseEvent(caseReference, command.agreementId(),
                    command.breached(), command.cameIntoForce()));
        }
    }

    private void requireOpen() {
        if (closed) {
            throw RuleViolationException.of(RuleCode.INVALID_STATE, "caseReference",
                    "This case is closed.");
        }
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseReference = event.caseReference();
        practitioner = event.practitioner();
        team = event.team();
    }

    @EventSourcingHandler
    void on(CaseAllocatedEvent event) {
        practitioner = event.practitioner();
        team = event.team();
    }

    @EventSourcingHandler
    void on(CaseClosedEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(WrittenAgreementActivatedOnCaseEvent event) {
        activeWrittenAgreements.add(event.agreementId());
    }

    @EventSourcingHandler
    void on(WrittenAgreementDeactivatedOnCaseEvent event, @Timestamp Instant at) {
        activeWrittenAgreements.remove(event.agreementId());
        if (event.countsTowardsSerial()) {
            endedWrittenAgreements.put(event.agreementId(), new WrittenAgreementOutcome(at, event.breached()));
        }
    }

    private static void requireText(List<RuleViolation> violations, String value, String field, String message) {
        if (value == null || value.isBlank()) {
            violations.add(new RuleViolation(RuleCode.INVALID_INPUT, field, message));
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
