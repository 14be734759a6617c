package uk.familyagreements.app.support;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.familyagreements.app.FamilyAgreementsApplication;

/**
 * Base of the integration tests: the whole service on a random port against the shared PostgreSQL. Every subclass
 * shares one Spring context (same configuration), so the suite starts the service once.
 */
@AutoConfigureObservability
@SpringBootTest(classes = FamilyAgreementsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    public static final String PRACTITIONER = "sam.practitioner";
    public static final String PRACTITIONER_PASSWORD = "demo-practitioner";
    public static final String MANAGER = "tara.manager";
    public static final String MANAGER_PASSWORD = "demo-manager";

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected CommandGateway commandGateway;

    /** Opens a case allocated to the demo practitioner in the demo team. */
    protected void openCase(String caseReference) {
        Cases.open(commandGateway, caseReference, PRACTITIONER, "team-north");
    }

    @DynamicPropertySource
    static void sharedDatabase(DynamicPropertyRegistry registry) {
        SharedPostgres.register(registry);
    }

    protected TestRestTemplate asPractitioner() {
        return http.withBasicAuth(PRACTITIONER, PRACTITIONER_PASSWORD);
    }

    protected TestRestTemplate asManager() {
        return http.withBasicAuth(MANAGER, MANAGER_PASSWORD);
    }
}
