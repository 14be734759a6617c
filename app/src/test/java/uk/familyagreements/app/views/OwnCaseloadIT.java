package uk.familyagreements.app.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.familyagreements.app.support.IntegrationTest;

/** A practitioner opens "my caseload" without having to know how their username is spelt in the API. */
class OwnCaseloadIT extends IntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void meIsTheSignedInPractitionersOwnCaseload() throws Exception {
        String caseReference = "CASE-MINE-" + UUID.randomUUID();
        openCase(caseReference);

        await().atMost(Duration.ofSeconds(10)).until(() -> references(asPractitioner(), "/api/caseloads/me?size=100")
                .contains(caseReference));

        assertThat(references(asPractitioner(), "/api/caseloads/me?size=100"))
                .isEqualTo(references(asPractitioner(), "/api/caseloads/" + PRACTITIONER + "?size=100"));
        assertThat(references(asManager(), "/api/caseloads/me?size=100"))
                .as("the manager's own caseload, not the practitioner's").doesNotContain(caseReference);
    }

    private List<String> references(TestRestTemplate as, String path) throws Exception {
        ResponseEntity<String> response = as.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> references = new ArrayList<>();
        for (JsonNode item : json.readTree(response.getBody()).get("items")) {
            references.add(item.get("caseReference").asText());
        }
        return references;
    }
}
