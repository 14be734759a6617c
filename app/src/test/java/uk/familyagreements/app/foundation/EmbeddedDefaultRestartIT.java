package uk.familyagreements.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.familyagreements.app.FamilyAgreementsApplication;
import uk.familyagreements.app.support.Cases;
import uk.familyagreements.app.support.IntegrationTest;

/**
 * The newcomer's command: the service with no database configured starts its own PostgreSQL, and a second start on
 * the same data directory finds what the first one stored.
 */
class EmbeddedDefaultRestartIT {

    @TempDir
    Path dataDirectory;

    @Test
    void aRestartOnTheSameDataDirectoryKeepsTheAgreements() {
        String id;
        try (ConfigurableApplicationContext first = startOn(dataDirectory)) {
            Cases.open(first.getBean(CommandGateway.class), "CASE-RESTART", IntegrationTest.PRACTITIONER, "team-north");
            ResponseEntity<Map> created = client(first).postForEntity("/api/agreements", Map.of(
                    "caseReference", "CASE-RESTART", "kind", "WORKING", "purpose", "Assess how life is for Mia"),
                    Map.class);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            id = (String) created.getBody().get("agreementId");
            await().atMost(Duration.ofSeconds(15)).until(() -> client(first)
                    .getForEntity("/api/agreements/" + id, Map.class).getStatusCode() == HttpStatus.OK);
        }
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = startOn(dataDirectory)) {
            ResponseEntity<Map> read = client(second).getForEntity("/api/agreements/" + id, Map.class);
            assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody()).containsEntry("purpose", "Assess how life is for Mia");
        }
    }

    private static ConfigurableApplicationContext startOn(Path dataDirectory) {
        return new SpringApplicationBuilder(FamilyAgreementsApplication.class)
                .run("--server.port=0", "--agreements.embedded-postgres.data-directory=" + dataDirectory,
                        "--spring.quartz.scheduler-name=restart-test");
    }

    private static TestRestTemplate client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port))
                .withBasicAuth(IntegrationTest.PRACTITIONER, IntegrationTest.PRACTITIONER_PASSWORD);
    }
}
