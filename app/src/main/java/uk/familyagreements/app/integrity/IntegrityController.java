package uk.familyagreements.app.integrity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Is the history intact? For one agreement (or case), or for every aggregate in the store. */
@RestController
@RequestMapping("/api/integrity")
class IntegrityController {

    private final HashChainVerifier verifier;

    IntegrityController(HashChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/agreements/{agreementId}")
    HashChainVerifier.Report agreement(@PathVariable String agreementId) {
        return verifier.verify(agreementId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No record has this id."));
    }

    @GetMapping("/cases/{caseReference}")
    HashChainVerifier.Report caseRecord(@PathVariable String caseReference) {
        return agreement(caseReference);
    }

    @GetMapping({"/agreements", ""})
    HashChainVerifier.Summary all() {
        return verifier.verifyAll();
    }
}
