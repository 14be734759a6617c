package uk.familyagreements.command.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.familyagreements.command.agreement.guidance.GuidanceChecker;
import uk.familyagreements.command.agreement.rules.CompletenessPolicy;
import uk.familyagreements.command.agreement.rules.SigningPolicy;
import uk.familyagreements.command.calendar.WorkingDayClock;
import uk.familyagreements.command.cases.CaseRegistry;
import uk.familyagreements.command.deadlines.ClockSettings;
import uk.familyagreements.command.web.ExpectedVersionCommandTargetResolver;
import uk.familyagreements.kernel.agreement.*;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.identity.AuditMetaData;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;
import uk.familyagreements.kernel.rules.RuleViolationException;

/**
 * An agreement with a family, from draft to end. Command handlers check the rules and apply events; only the event
 * sourcing handlers change state. Every handler answers the aggregate version it leaves behind, which the HTTP
 * layer gives to clients as the entity tag for their next If-Match.
 *
 * <p>Content lives in numbered versions. Edits go to the latest ("working") version; once that version has been
 * approved or signed, or is the version in force, the next edit first opens a new version, so a signature always
 * stays bound to the exact content (hash) it signed. A version in force stays in force until a newer one is fully
 * signed.
 */
@Aggregate(commandTargetResolver = ExpectedVersionCommandTargetResolver.BEAN_NAME)
class Agreement {

    private static final String CHANGED_AFTER_SIGNING = "Content changed after approval or signing";

    @AggregateIdentifier
    private AgreementId agreementId;
    private CaseReference caseReference;
    private AgreementStatus status;
    private AgreementContent content;
    private int contentVersion;
    private ContentHash approvedHash;
    /** Each family member's consent check, with the hash of the content they were checked on. */
    private final Map<String, CheckedContent> consentChecks = new HashMap<>();
    private final Set<String> signedBy = new HashSet<>();
    private Integer inForceVersion;
    private AgreementContent inForceContent;
    private boolean reg24Approved;
    private boolean activeOnCase;
    private boolean serialAgreement;
    private boolean longRunning;
    private boolean breached;
    private List<RuleViolation> warnings = List.of();
    private final Set<String> breachIds = new HashSet<>();
    private final Map<String, EscalationLevel> openEscalations = new HashMap<>();
    private final Set<String> decidedEscalations = new HashSet<>();
    private final Set<String> remindersIssued = new HashSet<>();

    private record CheckedContent(ConsentCheck check, ContentHash hash) {
    }

    protected Agreement() {
        // Required by Axon to rebuild the aggregate from its events.
    }

    // ---- Drafting -----------------------------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(DraftAgreementCommand command, CaseRegistry cases, GuidanceChecker guidance) {
        List<RuleViolation> violations = new ArrayList<>();
        if (command.caseReference() == null) {
            violations.add(invalid("caseReference", "Name the case."));
        }
        if (command.kind() == null) {
            violations.add(invalid("kind", "Say whether this is a working or a written agreement."));
        }
        if (isBlank(command.purpose())) {
            violations.add(new RuleViolation(RuleCode.PURPOSE_REQUIRED, "purpose",
                    "State why we are involved and what we are worried about."));
        }
        rejectIfAny(violations);
        boolean serial = cases.registerAgreement(command.caseReference(), command.agreementId(), command.kind());
        apply(new AgreementDraftedEvent(command.agreementId(), command.caseReference(), command.kind(),
                command.involvement() == null ? Involvement.OTHER : command.involvement(), command.purpose().strip(),
                strip(command.reason()), command.assessmentStartedOn()));
        recordWarnings(guidance, serial && command.kind() == AgreementKind.WRITTEN, false);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AddPartyCommand command, GuidanceChecker guidance) {
        requireNotEnded();
        Party party = command.party();
        List<RuleViolation> violations = new ArrayList<>();
        if (party == null) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "party", "Describe the party.");
        }
        if (isBlank(party.partyId())) {
            violations.add(invalid("party.partyId", "Give the party an id."));
        } else if (content.party(party.partyId()).isPresent()) {
            violations.add(invalid("party.partyId", "This agreement already has a party with this id."));
        }
        if (isBlank(party.name())) {
            violations.add(invalid("party.name", "Give the party's name as it appears on the agreement."));
        }
        if (party.role() == null) {
            violations.add(invalid("party.role", "Say who the party is (parent, carer, social worker, ...)."));
        }
        rejectIfAny(violations);
        openNewVersionIfFrozen();
        apply(new PartyAddedEvent(agreementId, contentVersion, new Party(party.partyId().strip(),
                party.name().strip(), party.role(), party.victimOfDomesticAbuse(), party.signs())));
        recordWarnings(guidance, serialAgreement, longRunning);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RemovePartyCommand command, GuidanceChecker guidance) {
        requireNotEnded();
        if (content.party(command.partyId()).isEmpty()) {
            throw RuleViolationException.of(RuleCode.NOT_A_PARTY, "partyId", "This person is not a party.");
        }
        if (!content.commitmentsOf(command.partyId()).isEmpty()) {
            throw RuleViolationException.of(RuleCode.COMMITMENT_OWNER_REQUIRED, "partyId",
                    "This party still owns commitments: remove or reassign them first.");
        }
        openNewVersionIfFrozen();
        apply(new PartyRemovedEvent(agreementId, contentVersion, command.partyId()));
        recordWarnings(guidance, serialAgreement, longRunning);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AddCommitmentCommand command, GuidanceChecker guidance) {
        requireNotEnded();
        Commitment commitment = command.commitment();
        List<RuleViolation> violations = checkCommitment(commitment, guidance);
        if (commitment != null && !isBlank(commitment.commitmentId())
                && content.commitment(commitment.commitmentId()).isPresent()) {
            violations.add(invalid("commitment.commitmentId", "This agreement already has a commitment with this id."));
        }
        rejectIfAny(violations);
        openNewVersionIfFrozen();
        apply(new CommitmentAddedEvent(agreementId, contentVersion, tidy(commitment)));
        recordWarnings(guidance, serialAgreement, longRunning);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReviseCommitmentCommand command, GuidanceChecker guidance) {
        requireNotEnded();
        Commitment commitment = command.commitment();
        List<RuleViolation> violations = checkCommitment(commitment, guidance);
        if (commitment != null && !isBlank(commitment.commitmentId())
                && content.commitment(commitment.commitmentId()).isEmpty()) {
            violations.add(invalid("commitment.commitmentId", "This agreement has no commitment with this id."));
        }
        rejectIfAny(violations);
        if (content.commitment(commitment.commitmentId()).filter(tidy(commitment)::equals).isPresent()) {
            return AggregateLifecycle.getVersion();
        }
        openNewVersionIfFrozen();
        apply(new CommitmentRevisedEvent(agreementId, contentVersion, tidy(commitment)));
        recordWarnings(guidance, serialAgreement, longRunning);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RemoveCommitmentCommand command, GuidanceChecker guidance) {
        requireNotEnded();
        if (content.commitment(command.commitmentId()).isEmpty()) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "commitmentId",
                    "This agreement has no commitment with this id.");
        }
        openNewVersionIfFrozen();
        apply(new CommitmentRemovedEvent(agreementId, contentVersion, command.commitmentId()));
        recordWarnings(guidance, serialAgreement, longRunning);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetPeriodCommand command, CompletenessPolicy completeness, GuidanceChecker guidance) {
        requireNotEnded();
        Period period = command.period();
        if (period == null) {
            throw new RuleViolationException(List.of(new RuleViolation(
                    content.isWritten() ? RuleCode.PERIOD_REQUIRED : RuleCode.INVALID_INPUT, "period",
                    "Give the period's start and end.")));
        }
        rejectIfAny(completeness.checkPeriod(content, period));
        openNewVersionIfFrozen();
        apply(new PeriodSetEvent(agreementId, contentVersion,
                new Period(period.start(), period.end(), strip(period.description()))));
        recordWarnings(guidance, serialAgreement, longRunning);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AddReviewPointCommand command, GuidanceChecker guidance) {
        requireNotEnded();
        ReviewPoint point = command.reviewPoint();
        List<RuleViolation> violations = new ArrayList<>();
        if (point == null || point.at() == null) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "reviewPoint.at",
                    "Give the date and time of the review.");
        }
        if (isBlank(point.reviewPointId())) {
            violations.add(invalid("reviewPoint.reviewPointId", "Give the review point an id."));
        } else if (content.reviewPoints().stream().anyMatch(r -> r.reviewPointId().equals(point.reviewPointId()))) {
            violations.add(invalid("reviewPoint.reviewPointId", "This agreement already has this review point."));
        }
        if (content.isWritten() && content.period() != null && content.period().isSpecific()
                && !content.period().contains(point.at())) {
            violations.add(new RuleViolation(RuleCode.REVIEW_POINT_REQUIRED, "reviewPoint.at",
                    "A review point of a written agreement must fall inside its period."));
        }
        rejectIfAny(violations);
        openNewVersionIfFrozen();
        apply(new ReviewPointAddedEvent(agreementId, contentVersion, point));
        recordWarnings(guidance, serialAgreement, longRunning);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetContingencyPlanCommand command, GuidanceChecker guidance) {
        requireNotEnded();
        if (isBlank(command.contingencyPlan())) {
            throw RuleViolationException.of(RuleCode.CONTINGENCY_REQUIRED, "contingencyPlan",
                    "State what will happen if the agreement is not kept to.");
        }
        openNewVersionIfFrozen();
        apply(new ContingencyPlanSetEvent(agreementId, contentVersion, command.contingencyPlan().strip()));
        recordWarnings(guidance, serialAgreement, longRunning);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetConsequencesCommand command, GuidanceChecker guidance) {
        requireNotEnded();
        if (isBlank(command.consequences())) {
            throw RuleViolationException.of(RuleCode.CONSEQUENCES_REQUIRED, "consequences",
                    "State that the agreement is not legally binding and what a breach may lead to.");
        }
        openNewVersionIfFrozen();
        apply(new ConsequencesSetEvent(agreementId, contentVersion, command.consequences().strip()));
        recordWarnings(guidance, serialAgreement, longRunning);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(VaryAgreementCommand command) {
        requireNotEnded();
        if (status != AgreementStatus.IN_FORCE || inForceVersion != contentVersion) {
            throw RuleViolationException.of(RuleCode.INVALID_STATE, "status",
                    "Only an agreement in force, with no variation already open, can be varied.");
        }
        if (isBlank(command.reason())) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "reason", "Say why the agreement is varied.");
        }
        apply(new AgreementVariedEvent(agreementId, contentVersion + 1, contentVersion, command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    // ---- Approval, consent and signatures -----------------------------------------------------------------------

    @CommandHandler
    long handle(ApproveAgreementCommand command, CompletenessPolicy completeness, CaseRegistry cases,
                MetaData metaData) {
        requireNotEnded();
        if (!content.isWritten()) {
            throw RuleViolationException.of(RuleCode.INVALID_STATE, "kind",
                    "Only written agreements need a manager's approval.");
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (!ApproverRoles.canApprove(metaData)) {
            violations.add(new RuleViolation(RuleCode.APPROVAL_REQUIRED, "approvedBy",
                    "Only a team manager, consultant social worker or service manager can approve a written "
                            + "agreement."));
        }
        ContentHash current = content.hash();
        if (command.contentHash() == null || !current.value().equals(command.contentHash())) {
            violations.add(new RuleViolation(RuleCode.SIGNATURE_ON_STALE_VERSION, "contentHash",
                    "The agreement has changed: approve the current version."));
        }
        violations.addAll(completeness.check(content));
        rejectIfAny(violations);
        if (current.equals(approvedHash)) {
            return AggregateLifecycle.getVersion();
        }
        if (!activeOnCase) {
            cases.writtenAgreementActivated(caseReference, agreementId);
        }
        apply(new AgreementApprovedEvent(agreementId, contentVersion, current, actingUser(metaData),
                strip(command.note())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordReg24ApprovalCommand command) {
        requireNotEnded();
        List<RuleViolation> violations = new ArrayList<>();
        if (isBlank(command.approvedBy())) {
            violations.add(invalid("approvedBy", "Name who gave the Regulation 24 approval."));
        }
        if (command.approvedOn() == null) {
            violations.add(invalid("approvedOn", "Give the date of the Regulation 24 approval."));
        }
        rejectIfAny(violations);
        apply(new Reg24ApprovalRecordedEvent(agreementId, command.approvedBy().strip(), command.approvedOn(),
                strip(command.note())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordConsentCheckCommand command) {
        requireNotEnded();
        Optional<Party> party = content.party(command.partyId());
        if (party.isEmpty()) {
            throw RuleViolationException.of(RuleCode.NOT_A_PARTY, "partyId", "This person is not a party.");
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (party.get().role().isProfessional()) {
            violations.add(invalid("partyId", "Consent checks are recorded for family members."));
        }
        if (command.check() == null || command.check().understanding() == null) {
            violations.add(invalid("check.understanding", "Say how they came to understand the agreement."));
        }
        rejectIfAny(violations);
        apply(new ConsentCheckRecordedEvent(agreementId, contentVersion, command.partyId(), command.check()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordSignatureCommand command, CompletenessPolicy completeness) {
        requireNotEnded();
        if (command.signedAt() == null) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "signedAt", "Give the date and time of signing.");
        }
        List<RuleViolation> violations = new ArrayList<>(SigningPolicy.check(content, command.partyId(),
                command.contentHash(), approvedHash, consentOnCurrentContent(command.partyId()), reg24Approved));
        violations.addAll(completeness.check(content));
        rejectIfAny(violations);
        if (signedBy.contains(command.partyId())) {
            return AggregateLifecycle.getVersion();
        }
        ContentHash hash = content.hash();
        apply(new SignatureRecordedEvent(agreementId, contentVersion, command.partyId(), hash, command.signedAt()));
        boolean everyoneSigned = content.parties().stream().filter(Party::signs)
                .allMatch(p -> signedBy.contains(p.partyId()));
        if (everyoneSigned) {
            apply(new AgreementCameIntoForceEvent(agreementId, caseReference, content.kind(), contentVersion, hash,
                    command.signedAt(), content.period(), content.reviewPoints()));
        }
        return AggregateLifecycle.getVersion();
    }

    // ---- Life in force: copies, meeting, reviews, breaches ------------------------------------------------------

    @CommandHandler
    long handle(RecordCopySentCommand command) {
        requireNotEnded();
        requireInForce("Copies are sent of a signed agreement in force.");
        List<RuleViolation> violations = new ArrayList<>();
        if (isBlank(command.recipient())) {
            violations.add(invalid("recipient", "Name who received the copy."));
        }
        if (command.method() == null) {
            violations.add(invalid("method", "Say how the copy was given."));
        }
        if (command.sentAt() == null) {
            violations.add(invalid("sentAt", "Give the date and time the copy was given."));
        }
        rejectIfAny(violations);
        apply(new CopySentEvent(agreementId, inForceVersion, command.recipient().strip(), command.method(),
                command.sentAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordMeetingArrangedCommand command) {
        requireNotEnded();
        if (!content.isWritten()) {
            throw RuleViolationException.of(RuleCode.INVALID_STATE, "kind",
                    "The multi-agency meeting is arranged to replace a written agreement.");
        }
        if (command.meetingAt() == null) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "meetingAt", "Give the meeting's date and time.");
        }
        apply(new MeetingArrangedEvent(agreementId, command.meetingAt(), strip(command.note())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordReviewCommand command) {
        requireNotEnded();
        requireInForce("Only an agreement in force is reviewed.");
        List<RuleViolation> violations = new ArrayList<>();
        if (command.outcome() == null) {
            violations.add(invalid("outcome", "Say what the review decided."));
        }
        if (command.reviewedAt() == null) {
            violations.add(invalid("reviewedAt", "Give the date and time of the review."));
        }
        if (command.reviewPointId() != null && inForceContent.reviewPoints().stream()
                .noneMatch(r -> r.reviewPointId().equals(command.reviewPointId()))) {
            violations.add(invalid("reviewPointId", "The agreement in force has no such review point."));
        }
        rejectIfAny(violations);
        apply(new ReviewRecordedEvent(agreementId, command.reviewPointId(), command.outcome(), strip(command.notes()),
                command.reviewedAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordBreachCommand command, WorkingDayClock workingDays, ClockSettings clocks) {
        requireNotEnded();
        requireInForce("Only an agreement in force can be breached.");
        if (isBlank(command.breachId())) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "breachId", "Give the breach an id.");
        }
        if (breachIds.contains(command.breachId())) {
            return AggregateLifecycle.getVersion();
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (inForceContent.party(command.partyId()).isEmpty()) {
            violations.add(new RuleViolation(RuleCode.NOT_A_PARTY, "partyId",
                    "Only a party of the agreement in force can breach it."));
        }
        Optional<Commitment> commitment = inForceContent.commitment(command.commitmentId());
        if (commitment.isEmpty()) {
            violations.add(invalid("commitmentId", "The agreement in force has no such commitment."));
        } else if (!commitment.get().ownerPartyId().equals(command.partyId())) {
            violations.add(invalid("commitmentId", "This commitment belongs to another party."));
        }
        if (command.observedAt() == null) {
            violations.add(invalid("observedAt", "Give when the breach was seen."));
        }
        if (isBlank(command.whatHappened())) {
            violations.add(invalid("whatHappened", "Say what happened."));
        }
        rejectIfAny(violations);
        apply(new BreachRecordedEvent(agreementId, command.breachId(), command.commitmentId(), command.partyId(),
                command.observedAt(), strip(command.reportedBy()), command.whatHappened().strip()));
        // Every breach demands a manager's decision at once, due within the configured working days. The event
        // carries that time, so the dashboards and the deadline that climbs the ladder use the same instant.
        Instant decisionDue = workingDays.addWorkingDays(GenericEventMessage.clock.instant(),
                clocks.breachDecisionWorkingDays());
        apply(new EscalationRaisedEvent(agreementId, caseReference, "breach-" + command.breachId(),
                EscalationCause.BREACH, EscalationLevel.TEAM_MANAGER, command.breachId(), decisionDue));
        return AggregateLifecycle.getVersion();
    }

    // ---- Clocks and escalations ---------------------------------------------------------------------------------

    /** Sent by a deadline: idempotent, and ignored once the agreement has ended. */
    @CommandHandler
    long handle(RaiseEscalationCommand command) {
        if (status.isClosed() || decidedEscalations.contains(command.escalationId())) {
            return AggregateLifecycle.getVersion();
        }
        EscalationLevel open = openEscalations.get(command.escalationId());
        if (open != null && open.compareTo(command.level()) >= 0) {
            return AggregateLifecycle.getVersion();
        }
        apply(new EscalationRaisedEvent(agreementId, caseReference, command.escalationId(), command.cause(),
                command.level(), command.subjectId(), command.dueAt()));
        return AggregateLifecycle.getVersion();
    }

    /** Sent by a deadline: idempotent, and ignored once the agreement has ended. */
    @CommandHandler
    long handle(IssueReminderCommand command) {
        if (status.isClosed() || remindersIssued.contains(command.reminderId())) {
            return AggregateLifecycle.getVersion();
        }
        apply(new ReminderIssuedEvent(agreementId, caseReference, command.reminderId(), command.subject(),
                command.subjectId(), command.dueAt()));
        return AggregateLifecycle.getVersion();
    }

    /** Sent by a clock when a written agreement outlives the meeting deadline; recorded once, as a warning. */
    @CommandHandler
    long handle(FlagLongRunningCommand command, GuidanceChecker guidance) {
        if (status.isClosed() || !content.isWritten() || inForceVersion == null || longRunning) {
            return AggregateLifecycle.getVersion();
        }
        recordWarnings(guidance, serialAgreement, true);
        return AggregateLifecycle.getVersion();
    }

    /** A manager's decision closes the escalation; allowed after the agreement ended, as the decision still counts. */
    @CommandHandler
    long handle(RecordEscalationDecisionCommand command, MetaData metaData) {
        if (!openEscalations.containsKey(command.escalationId())) {
            throw RuleViolationException.of(RuleCode.INVALID_STATE, "escalationId",
                    "There is no open escalation with this id.");
        }
        if (isBlank(command.decision())) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "decision", "Record what you decided.");
        }
        apply(new EscalationDecisionRecordedEvent(agreementId, command.escalationId(), command.decision().strip(),
                actingUser(metaData)));
        return AggregateLifecycle.getVersion();
    }

    // ---- Ending -------------------------------------------------------------------------------------------------

    @CommandHandler
    long handle(ReplaceWithPlanCommand command, CaseRegistry cases) {
        requireNotEnded();
        if (inForceVersion == null) {
            throw RuleViolationException.of(RuleCode.INVALID_STATE, "status",
                    "An agreement that never came into force is discarded, not replaced.");
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (command.plan() == null) {
            violations.add(invalid("plan", "Name the plan that replaces the agreement."));
        }
        if (command.replacedAt() == null) {
            violations.add(invalid("replacedAt", "Give when the plan replaced the agreement."));
        }
        rejectIfAny(violations);
        leaveCase(cases);
        apply(new AgreementReplacedWithPlanEvent(agreementId, caseReference, command.plan(),
                strip(command.planReference()), command.replacedAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(EndAgreementCommand command, CaseRegistry cases) {
        requireNotEnded();
        if (inForceVersion == null) {
            throw RuleViolationException.of(RuleCode.INVALID_STATE, "status",
                    "An agreement that never came into force is discarded, not ended.");
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (command.reason() == null || command.reason() == EndReason.REPLACED_WITH_PLAN) {
            violations.add(invalid("reason", "Say why it ended: concluded, withdrawn or superseded (a plan "
                    + "replacing it is recorded as a replacement)."));
        }
        if (command.endedAt() == null) {
            violations.add(invalid("endedAt", "Give when the agreement ended."));
        }
        rejectIfAny(violations);
        leaveCase(cases);
        apply(new AgreementEndedEvent(agreementId, caseReference, command.reason(), strip(command.note()),
                command.endedAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(DiscardDraftCommand command, CaseRegistry cases) {
        requireNotEnded();
        if (inForceVersion != null) {
            throw RuleViolationException.of(RuleCode.INVALID_STATE, "status",
                    "An agreement that came into force is ended or replaced, not discarded.");
        }
        leaveCase(cases);
        apply(new DraftDiscardedEvent(agreementId, caseReference, strip(command.reason())));
        return AggregateLifecycle.getVersion();
    }

    // ---- Event sourcing handlers: the only place state changes --------------------------------------------------

    @EventSourcingHandler
    void on(AgreementDraftedEvent event) {
        agreementId = event.agreementId();
        caseReference = event.caseReference();
        status = AgreementStatus.DRAFT;
        contentVersion = 1;
        content = AgreementContent.draft(event.kind(), event.involvement(), event.purpose(), event.reason());
    }

    @EventSourcingHandler
    void on(PartyAddedEvent event) {
        content = content.withParty(event.party());
    }

    @EventSourcingHandler
    void on(PartyRemovedEvent event) {
        content = content.withoutParty(event.partyId());
    }

    @EventSourcingHandler
    void on(CommitmentAddedEvent event) {
        content = content.withCommitment(event.commitment());
    }

    @EventSourcingHandler
    void on(CommitmentRevisedEvent event) {
        content = content.withCommitment(event.commitment());
    }

    @EventSourcingHandler
    void on(CommitmentRemovedEvent event) {
        content = content.withoutCommitment(event.commitmentId());
    }

    @EventSourcingHandler
    void on(PeriodSetEvent event) {
        content = content.withPeriod(event.period());
    }

    @EventSourcingHandler
    void on(ReviewPointAddedEvent event) {
        content = content.withReviewPoint(event.reviewPoint());
    }

    @EventSourcingHandler
    void on(ContingencyPlanSetEvent event) {
        content = content.withContingencyPlan(event.contingencyPlan());
    }

    @EventSourcingHandler
    void on(ConsequencesSetEvent event) {
        content = content.withConsequences(event.consequences());
    }

    @EventSourcingHandler
    void on(WarningsRecordedEvent event) {
        warnings = event.warnings();
        serialAgreement = event.warnings().stream().anyMatch(w -> w.code() == RuleCode.SERIAL_AGREEMENT);
        longRunning = event.warnings().stream().anyMatch(w -> w.code() == RuleCode.LONG_RUNNING);
    }

    @EventSourcingHandler
    void on(AgreementVariedEvent event) {
        contentVersion = event.version();
        approvedHash = null;
        consentChecks.clear();
        signedBy.clear();
        if (status != AgreementStatus.IN_FORCE) {
            status = AgreementStatus.DRAFT;
        }
    }

    @EventSourcingHandler
    void on(AgreementApprovedEvent event) {
        approvedHash = event.contentHash();
        activeOnCase = true;
        if (status == AgreementStatus.DRAFT) {
            status = AgreementStatus.AWAITING_SIGNATURES;
        }
    }

    @EventSourcingHandler
    void on(Reg24ApprovalRecordedEvent event) {
        reg24Approved = true;
    }

    @EventSourcingHandler
    void on(ConsentCheckRecordedEvent event) {
        consentChecks.put(event.partyId(), new CheckedContent(event.check(), content.hash()));
    }

    @EventSourcingHandler
    void on(SignatureRecordedEvent event) {
        signedBy.add(event.partyId());
        if (status == AgreementStatus.DRAFT) {
            status = AgreementStatus.AWAITING_SIGNATURES;
        }
    }

    @EventSourcingHandler
    void on(AgreementCameIntoForceEvent event) {
        status = AgreementStatus.IN_FORCE;
        inForceVersion = event.version();
        inForceContent = content;
    }

    @EventSourcingHandler
    void on(BreachRecordedEvent event) {
        breachIds.add(event.breachId());
        breached = true;
    }

    @EventSourcingHandler
    void on(EscalationRaisedEvent event) {
        openEscalations.put(event.escalationId(), event.level());
    }

    @EventSourcingHandler
    void on(EscalationDecisionRecordedEvent event) {
        openEscalations.remove(event.escalationId());
        decidedEscalations.add(event.escalationId());
    }

    @EventSourcingHandler
    void on(ReminderIssuedEvent event) {
        remindersIssued.add(event.reminderId());
    }

    @EventSourcingHandler
    void on(AgreementReplacedWithPlanEvent event) {
        status = AgreementStatus.ENDED;
        activeOnCase = false;
    }

    @EventSourcingHandler
    void on(AgreementEndedEvent event) {
        status = AgreementStatus.ENDED;
        activeOnCase = false;
    }

    @EventSourcingHandler
    void on(DraftDiscardedEvent event) {
        status = AgreementStatus.DISCARDED;
        activeOnCase = false;
    }

    // ---- Helpers ------------------------------------------------------------------------------------------------

    /** A version that was approved, signed or is in force is frozen: the next edit opens a new version. */
    private void openNewVersionIfFrozen() {
        boolean frozen = approvedHash != null || !signedBy.isEmpty()
                || (inForceVersion != null && inForceVersion == contentVersion);
        if (frozen) {
            apply(new AgreementVariedEvent(agreementId, contentVersion + 1, contentVersion, CHANGED_AFTER_SIGNING));
        }
    }

    /** Computes the guidance warnings of the working version and records them when they changed. */
    private void recordWarnings(GuidanceChecker guidance, boolean serial, boolean outlivedMeetingDeadline) {
        List<RuleViolation> current = new ArrayList<>(guidance.warnings(content));
        if (serial) {
            current.add(new RuleViolation(RuleCode.SERIAL_AGREEMENT, "caseReference",
                    "A written agreement on this case was breached or ended recently. A new one should not be used "
                            + "just because the last was not kept: consider a plan or other action instead."));
        }
        if (outlivedMeetingDeadline) {
            current.add(new RuleViolation(RuleCode.LONG_RUNNING, "status",
                    "This written agreement is still in force after the multi-agency meeting deadline. Written "
                            + "agreements are for hours or days: replace it with a plan."));
        }
        if (!current.equals(warnings)) {
            apply(new WarningsRecordedEvent(agreementId, contentVersion, content.hash(), List.copyOf(current)));
        }
    }

    /** A consent check counts only for the exact content it was given on. */
    private Optional<ConsentCheck> consentOnCurrentContent(String partyId) {
        CheckedContent checked = consentChecks.get(partyId);
        return checked != null && checked.hash().equals(content.hash()) ? Optional.of(checked.check())
                : Optional.empty();
    }

    private void leaveCase(CaseRegistry cases) {
        if (activeOnCase) {
            cases.writtenAgreementDeactivated(caseReference, agreementId, breached, inForceVersion != null);
        }
    }

    private List<RuleViolation> checkCommitment(Commitment commitment, GuidanceChecker guidance) {
        List<RuleViolation> violations = new ArrayList<>();
        if (commitment == null) {
            violations.add(invalid("commitment", "Describe the commitment."));
            return violations;
        }
        if (isBlank(commitment.commitmentId())) {
            violations.add(invalid("commitment.commitmentId", "Give the commitment an id."));
        }
        if (isBlank(commitment.ownerPartyId()) || content.party(commitment.ownerPartyId()).isEmpty()) {
            violations.add(new RuleViolation(RuleCode.COMMITMENT_OWNER_REQUIRED, "commitment.ownerPartyId",
                    "Each commitment must belong to one party of the agreement."));
        }
        if (commitment.undertaking() == null) {
            violations.add(invalid("commitment.undertaking", "Say whether the party will or will not do this."));
        }
        if (isBlank(commitment.text())) {
            violations.add(invalid("commitment.text", "Write what the party will or will not do."));
        } else if (!isBlank(commitment.commitmentId())) {
            violations.addAll(guidance.vagueTimescales(tidy(commitment)));
        }
        return violations;
    }

    private static Commitment tidy(Commitment c) {
        return new Commitment(strip(c.commitmentId()), strip(c.ownerPartyId()), c.undertaking(), strip(c.text()),
                strip(c.when()), c.childToLiveWithConnectedPerson());
    }

    private void requireNotEnded() {
        if (status.isClosed()) {
            throw RuleViolationException.of(RuleCode.AGREEMENT_ENDED, "status",
                    "This agreement has ended and accepts no changes.");
        }
    }

    private void requireInForce(String message) {
        if (inForceVersion == null) {
            throw RuleViolationException.of(RuleCode.INVALID_STATE, "status", message);
        }
    }

    private static String actingUser(MetaData metaData) {
        Object user = metaData.get(AuditMetaData.USER);
        return user == null ? AuditMetaData.SYSTEM_USER : user.toString();
    }

    private static RuleViolation invalid(String field, String message) {
        return new RuleViolation(RuleCode.INVALID_INPUT, field, message);
    }

    private static void rejectIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
