package uk.familyagreements.command.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import uk.familyagreements.command.web.Accepted;
import uk.familyagreements.command.web.CommandSender;
import uk.familyagreements.command.web.IfMatch;
import uk.familyagreements.command.web.Reasons;
import uk.familyagreements.kernel.cases.AllocateCaseCommand;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.cases.CloseCaseCommand;
import uk.familyagreements.kernel.cases.OpenCaseCommand;

/**
 * The case resource's commands, addressed by the case management system's reference. Like the agreement commands,
 * each honours {@code If-Match}, {@code X-Reason} and {@code Idempotency-Key} and answers the new version as the
 * {@code ETag}.
 */
@RestController
@RequestMapping("/api/cases")
class CaseCommandController {

    /** References as case management systems write them: letters, digits, dot, dash, underscore, slash-free. */
    static final String REFERENCE_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final CommandSender commands;

    CaseCommandController(CommandSender commands) {
        this.commands = commands;
    }

    record CaseCommandAccepted(String caseReference, long version) {
    }

    record OpenCaseRequest(
            @NotBlank @Pattern(regexp = REFERENCE_PATTERN) String caseReference,
            @Size(max = 200) String childName,
            @NotBlank @Size(max = 200) String practitioner,
            @NotBlank @Size(max = 200) String team) {
    }

    /** Opens a case known to the case management system; answers its location. */
    @ResponseStatus(HttpStatus.CREATED) // tells the OpenAPI description; the ResponseEntity sets it
    @PostMapping
    ResponseEntity<CaseCommandAccepted> open(@Valid @RequestBody OpenCaseRequest request,
                                             @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        CaseReference reference = new CaseReference(request.caseReference());
        long version = commands.send(new OpenCaseCommand(reference, request.childName(), request.practitioner(),
                request.team()), null, Reasons.fromHeader(reason));
        return Accepted.created("/api/cases/" + reference, version,
                new CaseCommandAccepted(reference.value(), version));
    }

    record AllocationRequest(@NotBlank @Size(max = 200) String practitioner, @NotBlank @Size(max = 200) String team) {
    }

    /** Allocates the case to a practitioner in a team. */
    @PostMapping("/{reference}/allocation")
    ResponseEntity<CaseCommandAccepted> allocate(@PathVariable @Pattern(regexp = REFERENCE_PATTERN) String reference,
                                                 @Valid @RequestBody AllocationRequest request,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch,
                                                 @RequestHeader(name = Reasons.HEADER, required = false)
                                                 String reason) {
        return ok(reference, commands.send(new AllocateCaseCommand(new CaseReference(reference),
                request.practitioner().strip(), request.team().strip()), IfMatch.expectedVersion(ifMatch),
                Reasons.fromHeader(reason)));
    }

    record ClosureRequest(@Size(max = 2000) String reason) {
    }

    /** Closes the case; refused while a written agreement on it is in force or awaiting signatures. */
    @PostMapping("/{reference}/closure")
    ResponseEntity<CaseCommandAccepted> close(@PathVariable @Pattern(regexp = REFERENCE_PATTERN) String reference,
                                              @Valid @RequestBody(required = false) ClosureRequest request,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch,
                                              @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        String closureReason = request == null ? null : request.reason();
        return ok(reference, commands.send(new CloseCaseCommand(new CaseReference(reference), closureReason),
                IfMatch.expectedVersion(ifMatch), Reasons.fromHeader(reason == null ? closureReason : reason)));
    }

    private static ResponseEntity<CaseCommandAccepted> ok(String reference, long version) {
        return Accepted.ok(version, new CaseCommandAccepted(reference, version));
    }
}
