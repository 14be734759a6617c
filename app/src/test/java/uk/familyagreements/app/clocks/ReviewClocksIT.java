package uk.familyagreements.app.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.familyagreements.app.support.Cases;
import uk.familyagreements.app.support.IntegrationTest;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.EscalationCause;
import uk.familyagreements.kernel.agreement.EscalationLevel;
import uk.familyagreements.kernel.agreement.RaiseEscalationCommand;

/**
 * A review point a few seconds ahead: the practitioner is reminded at once (it is less than a working day away), and
 * when the point passes unreviewed the team manager gets the escalation, in the inbox and by email, without any case
 * detail in the email.
 */
class ReviewClocksIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static ConfigurableApplicationContext node;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() {
        node = ClockNodes.start(ClockNodes.newDatabase(), smtp.getSmtp().getPort());
        jdbc = node.getBean(JdbcClient.class);
        StaffDirectory.fill(jdbc);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aReviewPointPassingUnreviewedRemindsThePractitionerThenReachesTheTeamManager() throws Exception {
        CommandGateway commands = node.getBean(CommandGateway.class);
        Cases.open(commands, "CLOCKS-1", StaffDirectory.PRACTITIONER, StaffDirectory.TEAM);
        Instant reviewAt = Instant.now().plusSeconds(6);
        AgreementId agreement = Agreements.inForceWithReviewAt(commands, "CLOCKS-1", reviewAt);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> inbox(StaffDirectory.PRACTITIONER, agreement).size() == 1);
        Map<String, Object> reminder = inbox(StaffDirectory.PRACTITIONER, agreement).get(0);
        assertThat(reminder).containsEntry("kind", "REMINDER").containsEntry("agreement_id", agreement.value());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> inbox(StaffDirectory.TEAM_MANAGER, agreement).size() == 1);
        Instant arrived = Instant.now();
        assertThat(arrived).isBefore(reviewAt.plusSeconds(15));
        assertThat(inbox(StaffDirectory.TEAM_MANAGER, agreement).get(0))
                .containsEntry("kind", "ESCALATION").containsEntry("level", "TEAM_MANAGER")
                .containsEntry("subject", "Decision needed: an agreement review is overdue");
        assertThat(inbox(StaffDirectory.LEFT_THE_TEAM, agreement)).isEmpty();
        assertThat(inbox(StaffDirectory.SERVICE_MANAGER, agreement)).isEmpty();

        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(StaffDirectory.TEAM_MANAGER_EMAIL) == 1
                && mailsTo(StaffDirectory.PRACTITIONER_EMAIL) == 1);
        MimeMessage toManager = received(StaffDirectory.TEAM_MANAGER_EMAIL);
        String body = GreenMailUtil.getBody(toManager);
        assertThat(body).contains("https://agreements.test/agreements/" + agreement.value());
        assertThat(body + toManager.getSubject())
                .doesNotContain("Ellie").doesNotContain(Agreements.PURPOSE).doesNotContain("Child CLOCKS-1");
        assertThat(received(StaffDirectory.PRACTITIONER_EMAIL).getSubject())
                .isEqualTo("Family agreements: An agreement review is due soon");

        // Nothing arrives twice.
        Thread.sleep(2000);
        assertThat(inbox(StaffDirectory.PRACTITIONER, agreement)).hasSize(1);
        assertThat(inbox(StaffDirectory.TEAM_MANAGER, agreement)).hasSize(1);
        assertThat(mailsTo(StaffDirectory.TEAM_MANAGER_EMAIL)).isEqualTo(1);
        assertThat(mailsTo(StaffDirectory.PRACTITIONER_EMAIL)).isEqualTo(1);
    }

    @Test
    void thePractitionerReadsTheirInboxAndMarksAMessageRead() {
        CommandGateway commands = node.getBean(CommandGateway.class);
        Cases.open(commands, "CLOCKS-2", IntegrationTest.PRACTITIONER, StaffDirectory.TEAM);
        Agreements.inForceWithReviewAt(commands, "CLOCKS-2", Instant.now().plus(Duration.ofHours(1)));
        TestRestTemplate sam = client().withBasicAuth(IntegrationTest.PRACTITIONER,
                IntegrationTest.PRACTITIONER_PASSWORD);

        await().atMost(Duration.ofSeconds(15)).until(() -> ((Number) sam.getForObject("/api/inbox", Map.class)
                .get("unread")).intValue() >= 1);
        Map<?, ?> page = sam.getForObject("/api/inbox", Map.class);
        Map<?, ?> first = (Map<?, ?>) ((List<?>) page.get("items")).get(0);
        assertThat(first.get("readAt")).isNull();
        assertThat(first.get("link")).asString().startsWith("/agreements/");

        ResponseEntity<Void> read = sam.postForEntity("/api/inbox/" + first.get("id") + "/read", null, Void.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Map<?, ?> after = sam.getForObject("/api/inbox", Map.class);
        assertThat(((Number) after.get("unread")).intValue())
                .isEqualTo(((Number) page.get("unread")).intValue() - 1);

        TestRestTemplate tara = client().withBasicAuth(IntegrationTest.MANAGER, IntegrationTest.MANAGER_PASSWORD);
        assertThat(tara.postForEntity("/api/inbox/" + first.get("id") + "/read", null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anEscalationThatClimbsReachesTheServiceManagerOfTheTeamsServiceOnly() {
        CommandGateway commands = node.getBean(CommandGateway.class);
        Cases.open(commands, "CLOCKS-3", IntegrationTest.PRACTITIONER, StaffDirectory.TEAM);
        AgreementId agreement = Agreements.inForceWithReviewAt(commands, "CLOCKS-3",
                Instant.now().plus(Duration.ofHours(2)));

        // What the climb deadline sends when no manager has decided within two working days.
        commands.sendAndWait(new RaiseEscalationCommand(agreement, "review-" + Agreements.REVIEW_POINT,
                EscalationCause.REVIEW_OVERDUE, EscalationLevel.SERVICE_MANAGER, Agreements.REVIEW_POINT,
                Instant.now()));

        await().atMost(Duration.ofSeconds(15))
                .until(() -> inbox(StaffDirectory.SERVICE_MANAGER, agreement).size() == 1);
        assertThat(inbox(StaffDirectory.SERVICE_MANAGER, agreement).get(0))
                .containsEntry("level", "SERVICE_MANAGER")
                .containsEntry("subject", "Escalated to you: an agreement review is overdue");
        assertThat(inbox(StaffDirectory.TEAM_MANAGER, agreement)).isEmpty();
    }

    private static List<Map<String, Object>> inbox(String user, AgreementId agreement) {
        return jdbc.sql("SELECT * FROM inbox_message WHERE recipient = :user AND agreement_id = :agreement")
                .param("user", user).param("agreement", agreement.value()).query().listOfRows();
    }

    private static long mailsTo(String address) throws Exception {
        long count = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                count++;
            }
        }
        return count;
    }

    private static MimeMessage received(String address) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("No email to " + address);
    }

    private static TestRestTemplate client() {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
    }
}
