package uk.familyagreements.app.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.familyagreements.app.support.IntegrationTest;

class ApiDocsIT extends IntegrationTest {

    @Test
    void theOpenApiDocumentListsTheCommandsWithTheirRequestsHeadersAndProblemAnswers() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/v3/api-docs", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        // Kept beside the build for clients that generate code from it.
        Files.writeString(Path.of("target", "openapi.json"), response.getBody());
        JsonNode doc = new ObjectMapper().readTree(response.getBody());
        JsonNode paths = doc.get("paths");

        assertThat(paths.fieldNames()).toIterable().contains(
                "/api/agreements", "/api/agreements/{id}/parties", "/api/agreements/{id}/parties/{partyId}/removal",
                "/api/agreements/{id}/commitments", "/api/agreements/{id}/commitments/{commitmentId}/revision",
                "/api/agreements/{id}/commitments/{commitmentId}/removal", "/api/agreements/{id}/period",
                "/api/agreements/{id}/review-points", "/api/agreements/{id}/contingency-plan",
                "/api/agreements/{id}/consequences", "/api/agreements/{id}/approval",
                "/api/agreements/{id}/reg24-approval", "/api/agreements/{id}/consent-checks",
                "/api/agreements/{id}/signatures", "/api/agreements/{id}/variation", "/api/agreements/{id}/copies",
                "/api/agreements/{id}/meeting", "/api/agreements/{id}/reviews", "/api/agreements/{id}/breaches",
                "/api/agreements/{id}/escalations/{escalationId}/decision", "/api/agreements/{id}/replacement",
                "/api/agreements/{id}/end", "/api/agreements/{id}/discard",
                "/api/cases", "/api/cases/{reference}/allocation", "/api/cases/{reference}/closure");

        JsonNode signatures = paths.at("/~1api~1agreements~1{id}~1signatures/post");
        String requestSchema = signatures.at("/requestBody/content/application~1json/schema/$ref").asText();
        JsonNode schema = doc.at("/components/schemas/" + requestSchema.substring(requestSchema.lastIndexOf('/') + 1));
        assertThat(schema.get("properties").fieldNames()).toIterable()
                .contains("partyId", "contentHash", "signedAt");
        assertThat(schema.get("required")).extracting(JsonNode::asText).contains("partyId", "contentHash");
        assertThat(signatures.get("parameters")).extracting(p -> p.get("name").asText())
                .contains("If-Match", "X-Reason", "Idempotency-Key");
        assertThat(signatures.at("/responses/200/content").has("application/json")).isTrue();
        assertThat(signatures.get("responses").fieldNames()).toIterable()
                .contains("200", "400", "404", "409", "422");
        assertThat(signatures.at("/responses/422/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(paths.at("/~1api~1agreements~1{id}~1approval/post/responses").has("403")).isTrue();
        assertThat(paths.at("/~1api~1agreements~1{id}~1parties/post/responses").has("201")).isTrue();
        assertThat(doc.at("/components/schemas/Problem/properties/violations/items/properties/code/enum"))
                .extracting(JsonNode::asText).contains("APPROVAL_REQUIRED", "CONCURRENT_MODIFICATION");
    }
}
