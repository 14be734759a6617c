package uk.familyagreements.query.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.ConsentCheck;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.agreement.Period;
import uk.familyagreements.kernel.agreement.ReviewPoint;
import uk.familyagreements.kernel.rules.RuleViolation;

/**
 * Everything known about one agreement, as the record view and "as it stood" answer it. A plain mutable document:
 * {@link AgreementRecordFold} changes it one event at a time, and it is stored as JSON between events.
 */
public class AgreementRecord {

    public String agreementId;
    public String caseReference;
    public String kind;
    public String involvement;
    public String status;
    public String purpose;
    public String reason;
    public String assessmentStartedOn;
    public int currentVersion;
    public Integer inForceVersion;
    public Instant draftedAt;
    public String draftedBy;
    public Instant lastChangedAt;
    public String lastChangedBy;
    /** The aggregate sequence number of the last event folded in: the agreement's version for If-Match. */
    public long aggregateVersion = -1;
    public List<Version> versions = new ArrayList<>();
    public List<Copy> copies = new ArrayList<>();
    public Meeting meeting;
    public List<Review> reviews = new ArrayList<>();
    public List<Breach> breaches = new ArrayList<>();
    public List<Escalation> escalations = new ArrayList<>();
    public List<Reminder> reminders = new ArrayList<>();
    public Reg24Approval reg24Approval;
    public Ending ending;
    public List<TimelineEntry> timeline = new ArrayList<>();

    /** The content of one version and what was done to it. */
    public static class Version {
        public int version;
        public Instant openedAt;
        public String openedBy;
        public String variationReason;
        public Map<String, Party> parties = new LinkedHashMap<>();
        public Map<String, Commitment> commitments = new LinkedHashMap<>();
        /** The order parties and commitments were added: the document's order, which the content hash covers. */
        public List<String> partyOrder = new ArrayList<>();
        public List<String> commitmentOrder = new ArrayList<>();
        public Period period;
        public List<ReviewPoint> reviewPoints = new ArrayList<>();
        public String contingencyPlan;
        public String consequences;
        public List<RuleViolation> warnings = new ArrayList<>();
        public String contentHash;
        public Approval approval;
        public List<ConsentCheckEntry> consentChecks = new ArrayList<>();
        public List<Signature> signatures = new ArrayList<>();
        public Instant inForceFrom;
    }

    public record Approval(String approvedBy, String contentHash, String note, Instant at) {
    }

    public record ConsentCheckEntry(String partyId, ConsentCheck check, String recordedBy, Instant at) {
    }

    public record Signature(String partyId, String contentHash, Instant signedAt, String recordedBy,
                            Instant recordedAt) {
    }

    public record Copy(int version, String recipient, String method, Instant sentAt, String recordedBy) {
    }

    public record Meeting(Instant meetingAt, String note, String recordedBy, Instant recordedAt) {
    }

    public record Review(String reviewPointId, String outcome, String notes, Instant reviewedAt, String recordedBy) {
    }

    public record Breach(String breachId, String commitmentId, String partyId, Instant observedAt, String reportedBy,
                         String whatHappened, String recordedBy, Instant recordedAt) {
    }

    /** An escalation with the ladder it climbed and, once decided, the decision. */
    public static class Escalation {
        public String escalationId;
        public String cause;
        public String level;
        public String subjectId;
        public Instant raisedAt;
        public Instant dueAt;
        public List<String> levels = new ArrayList<>();
        public String decision;
        public String decidedBy;
        public Instant decidedAt;
    }

    public record Reminder(String reminderId, String subject, String subjectId, Instant dueAt, Instant issuedAt) {
    }

    public record Reg24Approval(String approvedBy, String approvedOn, String note, Instant recordedAt) {
    }

    public record Ending(String reason, String plan, String planReference, String note, Instant endedAt,
                        String endedBy) {
    }

    public record TimelineEntry(Instant at, long sequenceNumber, String user, String event, String what) {
    }

    Version version(int number) {
        for (Version v : versions) {
            if (v.version == number) {
                return v;
            }
        }
        Version created = new Version();
        created.version = number;
        versions.add(created);
        return created;
    }
}
