package uk.familyagreements.command.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.familyagreements.command.web.ExpectedVersionCommandTargetResolver;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementStatus;
import uk.familyagreements.kernel.agreement.DraftAgreementCommand;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;
import uk.familyagreements.kernel.rules.RuleViolationException;

/** An agreement with a family, from draft to end. State changes only in the event sourcing handlers. */
@Aggregate(commandTargetResolver = ExpectedVersionCommandTargetResolver.BEAN_NAME)
class Agreement {

    @AggregateIdentifier
    private AgreementId agreementId;
    private CaseReference caseReference;
    private AgreementStatus status;
    private AgreementContent content;

    protected Agreement() {
        // Required by Axon to rebuild the aggregate from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(DraftAgreementCommand command) {
        List<RuleViolation> violations = new ArrayList<>();
        if (command.caseReference() == null) {
            violations.add(new RuleViolation(RuleCode.INVALID_INPUT, "caseReference", "Name the case."));
        }
        if (command.kind() == null) {
            violations.add(new RuleViolation(RuleCode.INVALID_INPUT, "kind", "Say whether this is a working or a "
                    + "written agreement."));
        }
        if (command.purpose() == null || command.purpose().isBlank()) {
            violations.add(new RuleViolation(RuleCode.PURPOSE_REQUIRED, "purpose", "State why we are involved and "
                    + "what we are worried about."));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        apply(new AgreementDraftedEvent(command.agreementId(), command.caseReference(), command.kind(),
                command.involvement(), command.purpose().strip(), blankToNull(command.reason()),
                command.assessmentStartedOn()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(AgreementDraftedEvent event) {
        agreementId = event.agreementId();
        caseReference = event.caseReference();
        status = AgreementStatus.DRAFT;
        content = AgreementContent.draft(event.kind(), event.involvement(), event.purpose(), event.reason());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
