package uk.familyagreements.app.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.familyagreements.app.support.AgreementScript;
import uk.familyagreements.app.support.ContentFromEvents;
import uk.familyagreements.app.support.IntegrationTest;
import uk.familyagreements.kernel.agreement.*;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.identity.AuditMetaData;
import uk.familyagreements.kernel.rules.RuleViolationException;

/**
 * Random sequences of commands, valid and invalid, sent as practitioners and managers through the real command bus
 * onto PostgreSQL. Whatever the aggregate accepts, the stored events must never tell a story that breaks the
 * guidance: a signature on content other than the current version, a written agreement signed without approval of
 * that exact content, a family member signing without a consent check on it, an agreement in force without every
 * required signature, a change after the end. The seed is printed so a failure can be replayed.
 */
class AgreementInvariantsIT extends IntegrationTest {

    private static final int SEQUENCES = 12;
    private static final int COMMANDS_PER_SEQUENCE = 25;
    private static final Set<String> MANAGER_ROLES = Set.of("ROLE_TEAM_MANAGER", "ROLE_CONSULTANT_SOCIAL_WORKER",
            "ROLE_SERVICE_MANAGER");

    @Autowired
    EventStore eventStore;

    @Test
    void randomCommandSequencesNeverLeaveAnAgreementBreakingAnInvariant() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        AgreementScript script = new AgreementScript(commandGateway);
        int accepted = 0;
        int inForce = 0;
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            String caseReference = "CASE-PROP-" + seed + "-" + sequence;
            openCase(caseReference);
            AgreementId id = AgreementId.random();
            boolean startInForce = sequence % 2 == 0;
            AgreementKind kind = startInForce || random.nextBoolean() ? AgreementKind.WRITTEN : AgreementKind.WORKING;
            script.send(PRACTITIONER, "ROLE_PRACTITIONER", new DraftAgreementCommand(id,
                    new CaseReference(caseReference), kind, Involvement.SECTION_47_ENQUIRY,
                    "Keep Ava safe while the police finish their enquiry", "Ava told her teacher", null));
            // Most sequences start from complete content, and every other one from a written agreement in force,
            // so that the random steps also vary, re-sign and end agreements that are in force.
            if (kind == AgreementKind.WRITTEN && (startInForce || random.nextInt(4) != 0)) {
                for (Object command : AgreementScript.completeWrittenContent(id,
                        Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS))) {
                    script.send(PRACTITIONER, "ROLE_PRACTITIONER", command);
                }
                if (startInForce) {
                    bringIntoForce(script, id);
                }
            }
            RandomCommands commands = new RandomCommands(random, id, () -> currentHash(id));
            for (int step = 0; step < COMMANDS_PER_SEQUENCE; step++) {
                boolean asManager = random.nextInt(4) == 0;
                try {
                    script.send(asManager ? MANAGER : PRACTITIONER,
                            asManager ? "ROLE_TEAM_MANAGER" : "ROLE_PRACTITIONER", commands.next());
                    accepted++;
                } catch (RuleViolationException refused) {
                    // A refusal is an outcome too: the invariants below must hold either way.
                }
            }
            List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id.value()).asStream().toList();
            InvariantCheck check = new InvariantCheck();
            events.forEach(check::apply);
            assertThat(check.violations).as("seed %d, agreement %s", seed, id).isEmpty();
            if (check.cameIntoForce) {
                inForce++;
            }
        }
        // The generator must reach the interesting states, or the test proves little.
        assertThat(accepted).as("seed %d: commands accepted", seed).isGreaterThan(SEQUENCES * 5);
        // The invariant check itself must have seen agreements come into force, or it proved little about signing.
        assertThat(inForce).as("seed %d: agreements that came into force", seed).isGreaterThanOrEqualTo(SEQUENCES / 2);
    }

    private void bringIntoForce(AgreementScript script, AgreementId id) {
        String hash = currentHash(id);
        script.send(MANAGER, "ROLE_TEAM_MANAGER", new ApproveAgreementCommand(id, hash, null));
        ConsentCheck given = new ConsentCheck(Understanding.READ_IT_THEMSELVES, "English", false, false, true, true,
                true);
        for (String party : List.of("father", "mother")) {
            script.send(PRACTITIONER, "ROLE_PRACTITIONER", new RecordConsentCheckCommand(id, party, given));
        }
        for (String party : List.of("father", "mother", "worker")) {
            script.send(PRACTITIONER, "ROLE_PRACTITIONER", new RecordSignatureCommand(id, party, hash, Instant.now()));
        }
    }

    private String currentHash(AgreementId id) {
        return ContentFromEvents.latest(eventStore, id).hash().value();
    }

    /** Draws commands biased towards building a complete agreement and signing it, with mistakes mixed in. */
    private static final class RandomCommands {
        private final Random random;
        private final AgreementId id;
        private final Supplier<String> currentHash;
        private final Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        private final List<String> parties = new ArrayList<>(List.of("father", "mother", "worker"));
        private final List<String> commitments = new ArrayList<>();
        private int counter;

        RandomCommands(Random random, AgreementId id, Supplier<String> currentHash) {
            this.random = random;
            this.id = id;
            this.currentHash = currentHash;
        }

        /** Usually the current content's hash, as a careful client reads it; sometimes a stale one. */
        private String hash() {
            return random.nextInt(6) == 0 ? "0".repeat(64) : currentHash.get();
        }

        Object next() {
            String party = parties.get(random.nextInt(parties.size()));
            switch (random.nextInt(22)) {
                case 0, 1:
                    return new AddPartyCommand(id, switch (party) {
                        case "father" -> new Party("father", "Tom Hale", PartyRole.PARENT, false, true);
                        case "mother" -> new Party("mother", "Lucy Hale", PartyRole.PARENT, random.nextBoolean(), true);
                        default -> new Party("worker", "Sam Reed", PartyRole.SOCIAL_WORKER, false,
                                random.nextBoolean());
                    });
                case 2, 3: {
                    String commitmentId = "c-" + (++counter);
                    commitments.add(commitmentId);
                    return new AddCommitmentCommand(id, new Commitment(commitmentId, party, Undertaking.WILL,
                            random.nextInt(5) == 0 ? "stay away until further notice" : "phone the school",
                            random.nextBoolean() ? "every day before 5pm" : null, random.nextInt(8) == 0));
                }
                case 4:
                    return new SetPeriodCommand(id, new Period(start, start.plus(Duration.ofDays(
                            random.nextInt(5) == 0 ? 30 : 4)), "from Friday until Tuesday"));
                case 5:
                    return new AddReviewPointCommand(id, new ReviewPoint("r-" + (++counter),
                            start.plus(Duration.ofDays(random.nextInt(6)))));
                case 6:
                    return new SetContingencyPlanCommand(id, "We will meet straight away to keep Ava safe.");
                case 7:
                    return new SetConsequencesCommand(id, "This is not legally binding; a court may be told.");
                case 8, 9, 21:
                    return new ApproveAgreementCommand(id, hash(), null);
                case 10, 17, 18:
                    return new RecordConsentCheckCommand(id, party, new ConsentCheck(Understanding.READ_TO_THEM,
                            "English", random.nextInt(4) == 0, false, true, true, random.nextInt(5) != 0));
                case 11, 12, 19, 20:
                    return new RecordSignatureCommand(id, party, hash(), Instant.now());
                case 13:
                    return commitments.isEmpty() ? new VaryAgreementCommand(id, "Change of plan")
                            : new ReviseCommitmentCommand(id, new Commitment(
                                    commitments.get(random.nextInt(commitments.size())), party, Undertaking.WILL_NOT,
                                    "come to the family home", "during this agreement", false));
                case 14:
                    return new RecordReg24ApprovalCommand(id, "Head of service", LocalDate.now(), null);
                case 15:
                    return random.nextBoolean() ? new VaryAgreementCommand(id, "Change of plan")
                            : new RemovePartyCommand(id, party);
                default:
                    return switch (random.nextInt(4)) {
                        case 0 -> new EndAgreementCommand(id, EndReason.CONCLUDED, null, Instant.now());
                        case 1 -> new ReplaceWithPlanCommand(id, PlanKind.CIN_PLAN, "CIN-1", Instant.now());
                        case 2 -> new DiscardDraftCommand(id, "Not needed");
                        default -> new RecordCopySentCommand(id, "Lucy Hale", CopyMethod.BY_HAND, Instant.now());
                    };
            }
        }
    }

    /** Folds the stored events independently of the aggregate and notes every broken invariant. */
    private static final class InvariantCheck {
        final List<String> violations = new ArrayList<>();
        boolean cameIntoForce;
        private AgreementContent content;
        private int workingVersion;
        private ContentHash approved;
        private final Set<String> signed = new HashSet<>();
        private final Map<String, ContentHash> consentedOn = new HashMap<>();
        private boolean reg24;
        private boolean closed;

        void apply(DomainEventMessage<?> message) {
            Object event = message.getPayload();
            if (closed && !(event instanceof EscalationDecisionRecordedEvent)) {
                violations.add("changed after it ended: " + event);
            }
            if (event instanceof AgreementDraftedEvent) {
                content = ContentFromEvents.apply(content, event);
                workingVersion = 1;
            } else if (event instanceof AgreementVariedEvent e) {
                expect(e.version() == workingVersion + 1, "versions are consecutive");
                workingVersion = e.version();
                approved = null;
                signed.clear();
                consentedOn.clear();
            } else if (event instanceof AgreementApprovedEvent e) {
                expect(content.isWritten(), "only written agreements are approved");
                expect(e.contentHash().equals(content.hash()), "approval names the current content");
                Object roles = message.getMetaData().get(AuditMetaData.ROLES);
                expect(roles != null && MANAGER_ROLES.stream().anyMatch(roles.toString()::contains),
                        "approved by a manager");
                approved = e.contentHash();
            } else if (event instanceof ConsentCheckRecordedEvent e) {
                if (e.check().permitsSigning()) {
                    consentedOn.put(e.partyId(), content.hash());
                } else {
                    consentedOn.remove(e.partyId());
                }
            } else if (event instanceof Reg24ApprovalRecordedEvent) {
                reg24 = true;
            } else if (event instanceof SignatureRecordedEvent e) {
                ContentHash current = content.hash();
                expect(e.contentHash().equals(current), "a signature names the current content");
                expect(e.version() == workingVersion, "a signature is on the working version");
                expect(content.party(e.partyId()).isPresent(), "only a party signs");
                expect(!content.isWritten() || current.equals(approved), "written: approved before signing");
                boolean family = content.party(e.partyId()).map(p -> p.role().isFamily()).orElse(false);
                expect(!family || current.equals(consentedOn.get(e.partyId())),
                        "a family member signs only after a consent check on this content");
                expect(content.commitments().stream().noneMatch(Commitment::childToLiveWithConnectedPerson) || reg24,
                        "Regulation 24 approval before a residence requirement is signed");
                signed.add(e.partyId());
            } else if (event instanceof AgreementCameIntoForceEvent e) {
                expect(e.contentHash().equals(content.hash()), "in force with the current content");
                expect(content.parties().stream().filter(Party::signs).allMatch(p -> signed.contains(p.partyId())),
                        "in force only when every required party signed this version");
                expect(content.parties().stream().anyMatch(Party::signs), "somebody signed");
                cameIntoForce = true;
            } else if (event instanceof AgreementEndedEvent || event instanceof AgreementReplacedWithPlanEvent) {
                expect(cameIntoForce, "only what came into force is ended or replaced");
                closed = true;
            } else if (event instanceof DraftDiscardedEvent) {
                expect(!cameIntoForce, "only what never came into force is discarded");
                closed = true;
            } else {
                content = ContentFromEvents.apply(content, event);
            }
        }

        private void expect(boolean holds, String invariant) {
            if (!holds) {
                violations.add(invariant);
            }
        }
    }
}
