package uk.familyagreements.command.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.familyagreements.command.identity.ManagerOnly;
import uk.familyagreements.command.web.Accepted;
import uk.familyagreements.command.web.CommandSender;
import uk.familyagreements.command.web.IfMatch;
import uk.familyagreements.command.web.Reasons;
import uk.familyagreements.kernel.agreement.AddCommitmentCommand;
import uk.familyagreements.kernel.agreement.AddPartyCommand;
import uk.familyagreements.kernel.agreement.AddReviewPointCommand;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.ApproveAgreementCommand;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.ConsentCheck;
import uk.familyagreements.kernel.agreement.CopyMethod;
import uk.familyagreements.kernel.agreement.DiscardDraftCommand;
import uk.familyagreements.kernel.agreement.DraftAgreementCommand;
import uk.familyagreements.kernel.agreement.EndAgreementCommand;
import uk.familyagreements.kernel.agreement.EndReason;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.agreement.PartyRole;
import uk.familyagreements.kernel.agreement.Period;
import uk.familyagreements.kernel.agreement.PlanKind;
import uk.familyagreements.kernel.agreement.RecordBreachCommand;
import uk.familyagreements.kernel.agreement.RecordConsentCheckCommand;
import uk.familyagreements.kernel.agreement.RecordCopySentCommand;
import uk.familyagreements.kernel.agreement.RecordEscalationDecisionCommand;
import uk.familyagreements.kernel.agreement.RecordMeetingArrangedCommand;
import uk.familyagreements.kernel.agreement.RecordReg24ApprovalCommand;
import uk.familyagreements.kernel.agreement.RecordReviewCommand;
import uk.familyagreements.kernel.agreement.RecordSignatureCommand;
import uk.familyagreements.kernel.agreement.RemoveCommitmentCommand;
import uk.familyagreements.kernel.agreement.RemovePartyCommand;
import uk.familyagreements.kernel.agreement.ReplaceWithPlanCommand;
import uk.familyagreements.kernel.agreement.ReviewOutcome;
import uk.familyagreements.kernel.agreement.ReviewPoint;
import uk.familyagreements.kernel.agreement.ReviseCommitmentCommand;
import uk.familyagreements.kernel.agreement.SetConsequencesCommand;
import uk.familyagreements.kernel.agreement.SetContingencyPlanCommand;
import uk.familyagreements.kernel.agreement.SetPeriodCommand;
import uk.familyagreements.kernel.agreement.Understanding;
import uk.familyagreements.kernel.agreement.Undertaking;
import uk.familyagreements.kernel.agreement.VaryAgreementCommand;
import uk.familyagreements.kernel.cases.CaseReference;

/**
 * The agreement resource's commands: one POST per command under {@code /api/agreements/{id}}. Every command honours
 * {@code If-Match} (the version the client last read; stale gives 409), an optional {@code X-Reason} kept with the
 * events, and {@code Idempotency-Key}. Every answer carries the new version in the body and as the {@code ETag}.
 * Times the client leaves out (signed at, sent at, ...) are the server's receipt time.
 */
@RestController
@RequestMapping("/api/agreements")
class AgreementCommandController {

    /** Ids a client may choose for what it adds: letters, digits, dot, dash, underscore. */
    static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";
    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final CommandSender commands;
    private final ManagerOnly managerOnly;
    private final Clock clock = Clock.systemUTC();

    AgreementCommandController(CommandSender commands, ManagerOnly managerOnly) {
        this.commands = commands;
        this.managerOnly = managerOnly;
    }

    /** What an accepted command answers; the id of what it created, where it created something. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CommandAccepted(String agreementId, long version, String partyId, String commitmentId,
                           String reviewPointId, String breachId) {

        static CommandAccepted of(AgreementId id, long version) {
            return new CommandAccepted(id.value(), version, null, null, null, null);
        }
    }

    // ---- creation -------------------------------------------------------------------------------------------------

    record DraftAgreementRequest(
            @NotBlank @Size(max = 64) String caseReference,
            @NotNull AgreementKind kind,
            Involvement involvement,
            @Size(max = 4000) String purpose,
            @Size(max = 4000) String reason,
            LocalDate assessmentStartedOn) {
    }

    /** Drafts a working or written agreement on a case; answers its location and version. */
    @ResponseStatus(HttpStatus.CREATED) // tells the OpenAPI description; the ResponseEntity sets it
    @PostMapping
    ResponseEntity<CommandAccepted> draft(@Valid @RequestBody DraftAgreementRequest request,
                                          @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        AgreementId id = AgreementId.random();
        long version = commands.send(new DraftAgreementCommand(id, new CaseReference(request.caseReference().strip()),
                request.kind(), request.involvement() == null ? Involvement.OTHER : request.involvement(),
                request.purpose(), request.reason(), request.assessmentStartedOn()), null, Reasons.fromHeader(reason));
        return Accepted.created("/api/agreements/" + id, version, CommandAccepted.of(id, version));
    }

    // ---- content --------------------------------------------------------------------------------------------------

    record AddPartyRequest(
            @Pattern(regexp = ID_PATTERN) String partyId,
            @NotBlank @Size(max = 200) String name,
            @NotNull PartyRole role,
            boolean victimOfDomesticAbuse,
            Boolean signs) {
    }

    /** Adds a person bound by the agreement; {@code signs} defaults to true. */
    @ResponseStatus(HttpStatus.CREATED) // tells the OpenAPI description; the ResponseEntity sets it
    @PostMapping("/{id}/parties")
    ResponseEntity<CommandAccepted> addParty(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                             @Valid @RequestBody AddPartyRequest request,
                                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                             @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        String partyId = orNewId(request.partyId());
        long version = send(new AddPartyCommand(agreement(id), new Party(partyId, request.name().strip(),
                request.role(), request.victimOfDomesticAbuse(), request.signs() == null || request.signs())),
                ifMatch, reason);
        return Accepted.created("/api/agreements/" + id + "/parties/" + partyId, version,
                new CommandAccepted(id, version, partyId, null, null, null));
    }

    @PostMapping("/{id}/parties/{partyId}/removal")
    ResponseEntity<CommandAccepted> removeParty(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                @PathVariable @Pattern(regexp = ID_PATTERN) String partyId,
                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        return ok(id, send(new RemovePartyCommand(agreement(id), partyId), ifMatch, reason));
    }

    record CommitmentRequest(
            @Pattern(regexp = ID_PATTERN) String commitmentId,
            @NotBlank @Pattern(regexp = ID_PATTERN) String ownerPartyId,
            @NotNull Undertaking undertaking,
            @NotBlank @Size(max = 2000) String text,
            @Size(max = 500) String when,
            boolean childToLiveWithConnectedPerson) {
    }

    /** Adds one party's undertaking. */
    @ResponseStatus(HttpStatus.CREATED) // tells the OpenAPI description; the ResponseEntity sets it
    @PostMapping("/{id}/commitments")
    ResponseEntity<CommandAccepted> addCommitment(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                  @Valid @RequestBody CommitmentRequest request,
                                                  @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                  @RequestHeader(name = Reasons.HEADER, required = false)
                                                  String reason) {
        String commitmentId = orNewId(request.commitmentId());
        long version = send(new AddCommitmentCommand(agreement(id), commitment(commitmentId, request)), ifMatch,
                reason);
        return Accepted.created("/api/agreements/" + id + "/commitments/" + commitmentId, version,
                new CommandAccepted(id, version, null, commitmentId, null, null));
    }

    /** Replaces the owner, wording or timing of a commitment; a {@code commitmentId} in the body is ignored. */
    @PostMapping("/{id}/commitments/{commitmentId}/revision")
    ResponseEntity<CommandAccepted> reviseCommitment(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                     @PathVariable @Pattern(regexp = ID_PATTERN) String commitmentId,
                                                     @Valid @RequestBody CommitmentRequest request,
                                                     @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                     @RequestHeader(name = Reasons.HEADER, required = false)
                                                     String reason) {
        return ok(id, send(new ReviseCommitmentCommand(agreement(id), commitment(commitmentId, request)), ifMatch,
                reason));
    }

    @PostMapping("/{id}/commitments/{commitmentId}/removal")
    ResponseEntity<CommandAccepted> removeCommitment(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                     @PathVariable @Pattern(regexp = ID_PATTERN) String commitmentId,
                                                     @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                     @RequestHeader(name = Reasons.HEADER, required = false)
                                                     String reason) {
        return ok(id, send(new RemoveCommitmentCommand(agreement(id), commitmentId), ifMatch, reason));
    }

    record PeriodRequest(@NotNull Instant start, @NotNull Instant end, @Size(max = 500) String description) {
    }

    @PostMapping("/{id}/period")
    ResponseEntity<CommandAccepted> setPeriod(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                              @Valid @RequestBody PeriodRequest request,
                                              @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                              @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        return ok(id, send(new SetPeriodCommand(agreement(id),
                new Period(request.start(), request.end(), request.description())), ifMatch, reason));
    }

    record ReviewPointRequest(@Pattern(regexp = ID_PATTERN) String reviewPointId, @NotNull Instant at) {
    }

    @ResponseStatus(HttpStatus.CREATED) // tells the OpenAPI description; the ResponseEntity sets it
    @PostMapping("/{id}/review-points")
    ResponseEntity<CommandAccepted> addReviewPoint(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                   @Valid @RequestBody ReviewPointRequest request,
                                                   @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                   @RequestHeader(name = Reasons.HEADER, required = false)
                                                   String reason) {
        String reviewPointId = orNewId(request.reviewPointId());
        long version = send(new AddReviewPointCommand(agreement(id), new ReviewPoint(reviewPointId, request.at())),
                ifMatch, reason);
        return Accepted.created("/api/agreements/" + id + "/review-points/" + reviewPointId, version,
                new CommandAccepted(id, version, null, null, reviewPointId, null));
    }

    record ContingencyPlanRequest(@NotBlank @Size(max = 4000) String contingencyPlan) {
    }

    @PostMapping("/{id}/contingency-plan")
    ResponseEntity<CommandAccepted> setContingencyPlan(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                       @Valid @RequestBody ContingencyPlanRequest request,
                                                       @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                       @RequestHeader(name = Reasons.HEADER, required = false)
                                                       String reason) {
        return ok(id, send(new SetContingencyPlanCommand(agreement(id), request.contingencyPlan()), ifMatch, reason));
    }

    record ConsequencesRequest(@NotBlank @Size(max = 4000) String consequences) {
    }

    @PostMapping("/{id}/consequences")
    ResponseEntity<CommandAccepted> setConsequences(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                    @Valid @RequestBody ConsequencesRequest request,
                                                    @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                    @RequestHeader(name = Reasons.HEADER, required = false)
                                                    String reason) {
        return ok(id, send(new SetConsequencesCommand(agreement(id), request.consequences()), ifMatch, reason));
    }

    // ---- approval and signing -------------------------------------------------------------------------------------

    record ApprovalRequest(@Size(max = 64) String contentHash, @Size(max = 2000) String note) {
    }

    /** A manager approves the current version of a written agreement (naming its content hash, where known). */
    @PostMapping("/{id}/approval")
    ResponseEntity<CommandAccepted> approve(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                            @Valid @RequestBody(required = false) ApprovalRequest request,
                                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                            @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        managerOnly.check("approve a written agreement");
        ApprovalRequest approval = request == null ? new ApprovalRequest(null, null) : request;
        return ok(id, send(new ApproveAgreementCommand(agreement(id), approval.contentHash(), approval.note()),
                ifMatch, reason));
    }

    record Reg24ApprovalRequest(@NotBlank @Size(max = 200) String approvedBy, @NotNull LocalDate approvedOn,
                                @Size(max = 2000) String note) {
    }

    @PostMapping("/{id}/reg24-approval")
    ResponseEntity<CommandAccepted> recordReg24Approval(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                        @Valid @RequestBody Reg24ApprovalRequest request,
                                                        @RequestHeader(name = IF_MATCH, required = false)
                                                        String ifMatch,
                                                        @RequestHeader(name = Reasons.HEADER, required = false)
                                                        String reason) {
        return ok(id, send(new RecordReg24ApprovalCommand(agreement(id), request.approvedBy().strip(),
                request.approvedOn(), request.note()), ifMatch, reason));
    }

    record ConsentCheckRequest(
            @NotBlank @Pattern(regexp = ID_PATTERN) String partyId,
            @NotNull Understanding understanding,
            @Size(max = 100) String language,
            @NotNull Boolean capacityInDoubt,
            boolean legalAdviceSoughtOnCapacity,
            @NotNull Boolean advisedToSeekLegalAdvice,
            @NotNull Boolean toldMayBringSupporter,
            @NotNull Boolean signingFreely) {
    }

    /** Records what was checked with a family member before they sign; each yes/no must be answered. */
    @PostMapping("/{id}/consent-checks")
    ResponseEntity<CommandAccepted> recordConsentCheck(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                       @Valid @RequestBody ConsentCheckRequest request,
                                                       @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                       @RequestHeader(name = Reasons.HEADER, required = false)
                                                       String reason) {
        return ok(id, send(new RecordConsentCheckCommand(agreement(id), request.partyId(),
                new ConsentCheck(request.understanding(), request.language(), request.capacityInDoubt(),
                        request.legalAdviceSoughtOnCapacity(), request.advisedToSeekLegalAdvice(),
                        request.toldMayBringSupporter(), request.signingFreely())), ifMatch, reason));
    }

    record SignatureRequest(@NotBlank @Pattern(regexp = ID_PATTERN) String partyId,
                            @NotBlank @Size(max = 64) String contentHash,
                            Instant signedAt) {
    }

    /** Records a party's signature on the version with the given content hash. */
    @PostMapping("/{id}/signatures")
    ResponseEntity<CommandAccepted> recordSignature(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                    @Valid @RequestBody SignatureRequest request,
                                                    @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                    @RequestHeader(name = Reasons.HEADER, required = false)
                                                    String reason) {
        return ok(id, send(new RecordSignatureCommand(agreement(id), request.partyId(), request.contentHash().strip(),
                orNow(request.signedAt())), ifMatch, reason));
    }

    record VariationRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** Opens a new version; the reason is also kept as the events' reason when no X-Reason is sent. */
    @PostMapping("/{id}/variation")
    ResponseEntity<CommandAccepted> vary(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                         @Valid @RequestBody VariationRequest request,
                                         @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                         @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        return ok(id, send(new VaryAgreementCommand(agreement(id), request.reason().strip()), ifMatch,
                reason == null ? request.reason() : reason));
    }

    // ---- after signing --------------------------------------------------------------------------------------------

    record CopyRequest(@NotBlank @Size(max = 200) String recipient, @NotNull CopyMethod method, Instant sentAt) {
    }

    @PostMapping("/{id}/copies")
    ResponseEntity<CommandAccepted> recordCopySent(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                   @Valid @RequestBody CopyRequest request,
                                                   @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                   @RequestHeader(name = Reasons.HEADER, required = false)
                                                   String reason) {
        return ok(id, send(new RecordCopySentCommand(agreement(id), request.recipient().strip(), request.method(),
                orNow(request.sentAt())), ifMatch, reason));
    }

    record MeetingRequest(@NotNull Instant meetingAt, @Size(max = 2000) String note) {
    }

    @PostMapping("/{id}/meeting")
    ResponseEntity<CommandAccepted> recordMeetingArranged(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                          @Valid @RequestBody MeetingRequest request,
                                                          @RequestHeader(name = IF_MATCH, required = false)
                                                          String ifMatch,
                                                          @RequestHeader(name = Reasons.HEADER, required = false)
                                                          String reason) {
        return ok(id, send(new RecordMeetingArrangedCommand(agreement(id), request.meetingAt(), request.note()),
                ifMatch, reason));
    }

    record ReviewRequest(@Pattern(regexp = ID_PATTERN) String reviewPointId, @NotNull ReviewOutcome outcome,
                         @Size(max = 4000) String notes, Instant reviewedAt) {
    }

    @PostMapping("/{id}/reviews")
    ResponseEntity<CommandAccepted> recordReview(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                 @Valid @RequestBody ReviewRequest request,
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                 @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        return ok(id, send(new RecordReviewCommand(agreement(id), request.reviewPointId(), request.outcome(),
                request.notes(), orNow(request.reviewedAt())), ifMatch, reason));
    }

    record BreachRequest(
            @Pattern(regexp = ID_PATTERN) String breachId,
            @NotBlank @Pattern(regexp = ID_PATTERN) String commitmentId,
            @NotBlank @Pattern(regexp = ID_PATTERN) String partyId,
            @NotNull Instant observedAt,
            @NotBlank @Size(max = 200) String reportedBy,
            @NotBlank @Size(max = 4000) String whatHappened) {
    }

    /** Records a failure to keep a commitment; a manager must then decide what happens. */
    @ResponseStatus(HttpStatus.CREATED) // tells the OpenAPI description; the ResponseEntity sets it
    @PostMapping("/{id}/breaches")
    ResponseEntity<CommandAccepted> recordBreach(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                 @Valid @RequestBody BreachRequest request,
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                 @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        String breachId = orNewId(request.breachId());
        long version = send(new RecordBreachCommand(agreement(id), breachId, request.commitmentId(),
                request.partyId(), request.observedAt(), request.reportedBy().strip(), request.whatHappened()),
                ifMatch, reason);
        return Accepted.created("/api/agreements/" + id + "/breaches/" + breachId, version,
                new CommandAccepted(id, version, null, null, null, breachId));
    }

    record EscalationDecisionRequest(@NotBlank @Size(max = 4000) String decision) {
    }

    /** A manager records what happens after an escalation. */
    @PostMapping("/{id}/escalations/{escalationId}/decision")
    ResponseEntity<CommandAccepted> recordEscalationDecision(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                             @PathVariable @Pattern(regexp = ID_PATTERN)
                                                             String escalationId,
                                                             @Valid @RequestBody EscalationDecisionRequest request,
                                                             @RequestHeader(name = IF_MATCH, required = false)
                                                             String ifMatch,
                                                             @RequestHeader(name = Reasons.HEADER, required = false)
                                                             String reason) {
        managerOnly.check("decide on an escalation");
        return ok(id, send(new RecordEscalationDecisionCommand(agreement(id), escalationId, request.decision()),
                ifMatch, reason));
    }

    // ---- ending ---------------------------------------------------------------------------------------------------

    record ReplacementRequest(@NotNull PlanKind plan, @Size(max = 200) String planReference, Instant replacedAt) {
    }

    /** Ends the agreement because a plan replaces it. */
    @PostMapping("/{id}/replacement")
    ResponseEntity<CommandAccepted> replaceWithPlan(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                    @Valid @RequestBody ReplacementRequest request,
                                                    @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                    @RequestHeader(name = Reasons.HEADER, required = false)
                                                    String reason) {
        return ok(id, send(new ReplaceWithPlanCommand(agreement(id), request.plan(), request.planReference(),
                orNow(request.replacedAt())), ifMatch, reason));
    }

    record EndRequest(@NotNull EndReason reason, @Size(max = 2000) String note, Instant endedAt) {
    }

    @PostMapping("/{id}/end")
    ResponseEntity<CommandAccepted> end(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                        @Valid @RequestBody EndRequest request,
                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                        @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        return ok(id, send(new EndAgreementCommand(agreement(id), request.reason(), request.note(),
                orNow(request.endedAt())), ifMatch, reason));
    }

    record DiscardRequest(@Size(max = 2000) String reason) {
    }

    /** Discards a draft that never came into force; the body is optional. */
    @PostMapping("/{id}/discard")
    ResponseEntity<CommandAccepted> discard(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                            @Valid @RequestBody(required = false) DiscardRequest request,
                                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                            @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        String discardReason = request == null ? null : request.reason();
        return ok(id, send(new DiscardDraftCommand(agreement(id), discardReason), ifMatch,
                reason == null ? discardReason : reason));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private long send(Object command, String ifMatch, String reasonHeader) {
        return commands.send(command, IfMatch.expectedVersion(ifMatch), Reasons.fromHeader(reasonHeader));
    }

    private static ResponseEntity<CommandAccepted> ok(String id, long version) {
        return Accepted.ok(version, CommandAccepted.of(agreement(id), version));
    }

    private static AgreementId agreement(String id) {
        return new AgreementId(id);
    }

    private static Commitment commitment(String commitmentId, CommitmentRequest request) {
        return new Commitment(commitmentId, request.ownerPartyId(), request.undertaking(), request.text().strip(),
                request.when() == null || request.when().isBlank() ? null : request.when().strip(),
                request.childToLiveWithConnectedPerson());
    }

    /** The id the client chose for what it adds, or a new one. */
    private static String orNewId(String clientId) {
        return clientId == null ? UUID.randomUUID().toString() : clientId;
    }

    private Instant orNow(Instant instant) {
        return instant == null ? clock.instant() : instant;
    }
}
