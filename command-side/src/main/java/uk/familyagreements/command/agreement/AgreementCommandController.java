package uk.familyagreements.command.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.familyagreements.command.web.CommandSender;
import uk.familyagreements.command.web.IfMatch;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.DraftAgreementCommand;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.cases.CaseReference;

/** The agreement resource's commands: one POST per command. */
@RestController
@RequestMapping("/api/agreements")
class AgreementCommandController {

    private final CommandSender commands;

    AgreementCommandController(CommandSender commands) {
        this.commands = commands;
    }

    record DraftAgreementRequest(
            @NotBlank @Size(max = 64) String caseReference,
            @NotNull AgreementKind kind,
            Involvement involvement,
            @Size(max = 4000) String purpose,
            @Size(max = 4000) String reason,
            LocalDate assessmentStartedOn) {
    }

    record CommandAccepted(String agreementId, long version) {
    }

    /** Drafts a working or written agreement on a case; answers its location and version. */
    @PostMapping
    ResponseEntity<CommandAccepted> draft(@Valid @RequestBody DraftAgreementRequest request) {
        AgreementId id = AgreementId.random();
        long version = commands.send(new DraftAgreementCommand(id, new CaseReference(request.caseReference().strip()),
                request.kind(), request.involvement() == null ? Involvement.OTHER : request.involvement(),
                request.purpose(), request.reason(), request.assessmentStartedOn()), null, null);
        return ResponseEntity.created(URI.create("/api/agreements/" + id))
                .eTag(IfMatch.entityTag(version))
                .body(new CommandAccepted(id.value(), version));
    }
}
