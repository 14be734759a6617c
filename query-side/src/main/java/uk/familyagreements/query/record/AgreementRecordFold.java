package uk.familyagreements.query.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.familyagreements.kernel.agreement.AgreementApprovedEvent;
import uk.familyagreements.kernel.agreement.AgreementCameIntoForceEvent;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.AgreementEndedEvent;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.AgreementReplacedWithPlanEvent;
import uk.familyagreements.kernel.agreement.AgreementVariedEvent;
import uk.familyagreements.kernel.agreement.BreachRecordedEvent;
import uk.familyagreements.kernel.agreement.CommitmentAddedEvent;
import uk.familyagreements.kernel.agreement.CommitmentRemovedEvent;
import uk.familyagreements.kernel.agreement.CommitmentRevisedEvent;
import uk.familyagreements.kernel.agreement.ConsentCheckRecordedEvent;
import uk.familyagreements.kernel.agreement.ConsequencesSetEvent;
import uk.familyagreements.kernel.agreement.ContingencyPlanSetEvent;
import uk.familyagreements.kernel.agreement.CopySentEvent;
import uk.familyagreements.kernel.agreement.DraftDiscardedEvent;
import uk.familyagreements.kernel.agreement.EscalationDecisionRecordedEvent;
import uk.familyagreements.kernel.agreement.EscalationRaisedEvent;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.MeetingArrangedEvent;
import uk.familyagreements.kernel.agreement.PartyAddedEvent;
import uk.familyagreements.kernel.agreement.PartyRemovedEvent;
import uk.familyagreements.kernel.agreement.PeriodSetEvent;
import uk.familyagreements.kernel.agreement.Reg24ApprovalRecordedEvent;
import uk.familyagreements.kernel.agreement.ReminderIssuedEvent;
import uk.familyagreements.kernel.agreement.ReviewPoint;
import uk.familyagreements.kernel.agreement.ReviewPointAddedEvent;
import uk.familyagreements.kernel.agreement.ReviewRecordedEvent;
import uk.familyagreements.kernel.agreement.SignatureRecordedEvent;
import uk.familyagreements.kernel.agreement.WarningsRecordedEvent;

/**
 * The pure fold of an agreement's events into its record. No database and no clock: the projection applies it to
 * the stored document, and "as it stood" applies it to the events read from the store up to an instant, so the two
 * can never disagree about what an event means.
 */
public final class AgreementRecordFold {

    private AgreementRecordFold() {
    }

    /** What the fold needs to know about the message besides its payload. */
    public record Meta(long sequenceNumber, Instant at, String user) {
    }

    /** Applies one event; an event at or below the record's aggregate version was applied already and is ignored. */
    public static AgreementRecord apply(AgreementRecord record, Object event, Meta meta) {
        if (meta.sequenceNumber() <= record.aggregateVersion) {
            return record;
        }
        String what;
        if (event instanceof AgreementDraftedEvent e) {
            record.agreementId = e.agreementId().value();
            record.caseReference = e.caseReference().value();
            record.kind = e.kind().name();
            record.involvement = e.involvement() == null ? null : e.involvement().name();
            record.purpose = e.purpose();
            record.reason = e.reason();
            record.assessmentStartedOn = e.assessmentStartedOn() == null ? null
                    : e.assessmentStartedOn().toString();
            record.status = "DRAFT";
            record.currentVersion = 1;
            record.draftedAt = meta.at();
            record.draftedBy = meta.user();
            AgreementRecord.Version v = record.version(1);
            v.openedAt = meta.at();
            v.openedBy = meta.user();
            what = "Drafted a " + e.kind().name().toLowerCase() + " agreement";
        } else if (event instanceof PartyAddedEvent e) {
            AgreementRecord.Version added = record.version(e.version());
            added.parties.put(e.party().partyId(), e.party());
            added.partyOrder.add(e.party().partyId());
            what = "Added " + e.party().name() + " as a party";
        } else if (event instanceof PartyRemovedEvent e) {
            var removed = record.version(e.version()).parties.remove(e.partyId());
            record.version(e.version()).partyOrder.remove(e.partyId());
            what = "Removed " + (removed == null ? e.partyId() : removed.name()) + " as a party";
        } else if (event instanceof CommitmentAddedEvent e) {
            AgreementRecord.Version added = record.version(e.version());
            added.commitments.put(e.commitment().commitmentId(), e.commitment());
            added.commitmentOrder.add(e.commitment().commitmentId());
            what = "Added a commitment: " + e.commitment().text();
        } else if (event instanceof CommitmentRevisedEvent e) {
            record.version(e.version()).commitments.put(e.commitment().commitmentId(), e.commitment());
            what = "Revised a commitment: " + e.commitment().text();
        } else if (event instanceof CommitmentRemovedEvent e) {
            record.version(e.version()).commitments.remove(e.commitmentId());
            record.version(e.version()).commitmentOrder.remove(e.commitmentId());
            what = "Removed commitment " + e.commitmentId();
        } else if (event instanceof PeriodSetEvent e) {
            record.version(e.version()).period = e.period();
            what = "Set the period";
        } else if (event instanceof ReviewPointAddedEvent e) {
            record.version(e.version()).reviewPoints.add(e.reviewPoint());
            what = "Added a review point at " + e.reviewPoint().at();
        } else if (event instanceof ContingencyPlanSetEvent e) {
            record.version(e.version()).contingencyPlan = e.contingencyPlan();
            what = "Stated the contingency plan";
        } else if (event instanceof ConsequencesSetEvent e) {
            record.version(e.version()).consequences = e.consequences();
            what = "Stated the consequences of a breach";
        } else if (event instanceof WarningsRecordedEvent e) {
            AgreementRecord.Version v = record.version(e.version());
            v.warnings = e.warnings() == null ? new ArrayList<>() : new ArrayList<>(e.warnings());
            what = v.warnings.isEmpty() ? "No guidance warnings" : v.warnings.size() + " guidance warning(s)";
        } else if (event instanceof AgreementVariedEvent e) {
            // The new version starts from the previous version's content; its approval and signatures are new.
            AgreementRecord.Version previous = record.version(e.previousVersion());
            AgreementRecord.Version v = record.version(e.version());
            v.parties.putAll(previous.parties);
            v.commitments.putAll(previous.commitments);
            v.partyOrder.addAll(previous.partyOrder);
            v.commitmentOrder.addAll(previous.commitmentOrder);
            v.period = previous.period;
            v.reviewPoints.addAll(previous.reviewPoints);
            v.contingencyPlan = previous.contingencyPlan;
            v.consequences = previous.consequences;
            v.warnings = new ArrayList<>(previous.warnings);
            v.openedAt = meta.at();
            v.openedBy = meta.user();
            v.variationReason = e.reason();
            record.currentVersion = e.version();
            if (!"IN_FORCE".equals(record.status)) {
                record.status = "DRAFT";
            }
            what = "Opened version " + e.version() + " to vary the agreement";
        } else if (event instanceof AgreementApprovedEvent e) {
            AgreementRecord.Version v = record.version(e.version());
            v.approval = new AgreementRecord.Approval(e.approvedBy() == null ? meta.user() : e.approvedBy(),
                    e.contentHash() == null ? null : e.contentHash().value(), e.note(), meta.at());
            if (e.contentHash() != null) {
                v.contentHash = e.contentHash().value();
            }
            if ("DRAFT".equals(record.status)) {
                record.status = "AWAITING_SIGNATURES";
            }
            what = "Approved version " + e.version();
        } else if (event instanceof Reg24ApprovalRecordedEvent e) {
            record.reg24Approval = new AgreementRecord.Reg24Approval(e.approvedBy(),
                    e.approvedOn() == null ? null : e.approvedOn().toString(), e.note(), meta.at());
            what = "Recorded Regulation 24 approval";
        } else if (event instanceof ConsentCheckRecordedEvent e) {
            record.version(e.version()).consentChecks.add(new AgreementRecord.ConsentCheckEntry(e.partyId(),
                    e.check(), meta.user(), meta.at()));
            what = "Recorded the consent check of " + partyName(record, e.version(), e.partyId());
        } else if (event instanceof SignatureRecordedEvent e) {
            AgreementRecord.Version v = record.version(e.version());
            v.signatures.add(new AgreementRecord.Signature(e.partyId(),
                    e.contentHash() == null ? null : e.contentHash().value(), e.signedAt(), meta.user(),
                    meta.at()));
            if ("DRAFT".equals(record.status)) {
                record.status = "AWAITING_SIGNATURES";
            }
            what = partyName(record, e.version(), e.partyId()) + " signed version " + e.version();
        } else if (event instanceof AgreementCameIntoForceEvent e) {
            AgreementRecord.Version v = record.version(e.version());
            v.inForceFrom = e.inForceFrom();
            if (e.contentHash() != null) {
                v.contentHash = e.contentHash().value();
            }
            record.inForceVersion = e.version();
            record.status = "IN_FORCE";
            what = "Version " + e.version() + " came into force";
        } else if (event instanceof CopySentEvent e) {
            record.copies.add(new AgreementRecord.Copy(e.version(), e.recipient(),
                    e.method() == null ? null : e.method().name(), e.sentAt(), meta.user()));
            what = "Sent a copy to " + e.recipient();
        } else if (event instanceof MeetingArrangedEvent e) {
            record.meeting = new AgreementRecord.Meeting(e.meetingAt(), e.note(), meta.user(), meta.at());
            what = "Arranged the multi-agency meeting";
        } else if (event instanceof ReviewRecordedEvent e) {
            record.reviews.add(new AgreementRecord.Review(e.reviewPointId(),
                    e.outcome() == null ? null : e.outcome().name(), e.notes(), e.reviewedAt(), meta.user()));
            what = "Reviewed the agreement" + (e.outcome() == null ? "" : ": " + e.outcome().name());
        } else if (event instanceof BreachRecordedEvent e) {
            record.breaches.add(new AgreementRecord.Breach(e.breachId(), e.commitmentId(), e.partyId(),
                    e.observedAt(), e.reportedBy(), e.whatHappened(), meta.user(), meta.at()));
            what = "Recorded a breach: " + e.whatHappened();
        } else if (event instanceof ReminderIssuedEvent e) {
            record.reminders.add(new AgreementRecord.Reminder(e.reminderId(),
                    e.subject() == null ? null : e.subject().name(), e.subjectId(), e.dueAt(), meta.at()));
            what = "Reminder issued: " + e.subject();
        } else if (event instanceof EscalationRaisedEvent e) {
            AgreementRecord.Escalation esc = record.escalations.stream()
                    .filter(x -> x.escalationId.equals(e.escalationId())).findFirst().orElse(null);
            if (esc == null) {
                esc = new AgreementRecord.Escalation();
                esc.escalationId = e.escalationId();
                esc.cause = e.cause().name();
                esc.subjectId = e.subjectId();
                esc.raisedAt = meta.at();
                record.escalations.add(esc);
            }
            esc.level = e.level().name();
            esc.dueAt = e.dueAt();
            esc.levels.add(e.level().name());
            what = "Escalated to " + e.level().name() + " (" + e.cause().name() + ")";
        } else if (event instanceof EscalationDecisionRecordedEvent e) {
            record.escalations.stream().filter(x -> x.escalationId.equals(e.escalationId())).findFirst()
                    .ifPresent(esc -> {
                        esc.decision = e.decision();
                        esc.decidedBy = e.decidedBy() == null ? meta.user() : e.decidedBy();
                        esc.decidedAt = meta.at();
                    });
            what = "Decided: " + e.decision();
        } else if (event instanceof AgreementReplacedWithPlanEvent e) {
            record.status = "ENDED";
            record.ending = new AgreementRecord.Ending("REPLACED_WITH_PLAN", e.plan().name(),
                    e.planReference(), null, e.replacedAt(), meta.user());
            what = "Replaced with a " + e.plan().name();
        } else if (event instanceof AgreementEndedEvent e) {
            record.status = "ENDED";
            record.ending = new AgreementRecord.Ending(e.reason().name(), null, null, e.note(), e.endedAt(),
                    meta.user());
            what = "Ended: " + e.reason().name();
        } else if (event instanceof DraftDiscardedEvent e) {
            record.status = "DISCARDED";
            record.ending = new AgreementRecord.Ending("DISCARDED", null, null, e.reason(), meta.at(),
                    meta.user());
            what = "Discarded the draft";
        } else {
            what = null;
        }
        record.aggregateVersion = meta.sequenceNumber();
        if (CONTENT_EVENTS.contains(event.getClass())) {
            refreshContentHash(record, record.version(record.currentVersion));
        }
        if (what != null) {
            record.lastChangedAt = meta.at();
            record.lastChangedBy = meta.user();
            record.timeline.add(new AgreementRecord.TimelineEntry(meta.at(), meta.sequenceNumber(), meta.user(),
                    event.getClass().getSimpleName(), what));
        }
        return record;
    }

    /**
     * The hash a signature must name: the kernel's canonical hash of the version's content, rebuilt here in the
     * document's order, so that a reader can sign exactly what the command side will accept.
     */
    private static void refreshContentHash(AgreementRecord record, AgreementRecord.Version v) {
        List<ReviewPoint> reviewPoints = new ArrayList<>(v.reviewPoints);
        reviewPoints.sort(Comparator.comparing(ReviewPoint::at).thenComparing(ReviewPoint::reviewPointId));
        AgreementContent content = new AgreementContent(AgreementKind.valueOf(record.kind),
                record.involvement == null ? null : Involvement.valueOf(record.involvement), record.purpose,
                record.reason,
                v.partyOrder.stream().map(v.parties::get).filter(Objects::nonNull).toList(),
                v.commitmentOrder.stream().map(v.commitments::get).filter(Objects::nonNull).toList(),
                v.period, reviewPoints, v.contingencyPlan, v.consequences);
        v.contentHash = content.hash().value();
    }

    private static final Set<Class<?>> CONTENT_EVENTS = Set.of(AgreementDraftedEvent.class, PartyAddedEvent.class,
            PartyRemovedEvent.class, CommitmentAddedEvent.class, CommitmentRevisedEvent.class,
            CommitmentRemovedEvent.class, PeriodSetEvent.class, ReviewPointAddedEvent.class,
            ContingencyPlanSetEvent.class, ConsequencesSetEvent.class, AgreementVariedEvent.class);

    private static String partyName(AgreementRecord record, int version, String partyId) {
        var party = record.version(version).parties.get(partyId);
        return party == null ? partyId : party.name();
    }
}
