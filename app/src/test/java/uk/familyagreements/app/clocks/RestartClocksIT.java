package uk.familyagreements.app.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.familyagreements.app.support.Cases;
import uk.familyagreements.kernel.agreement.AgreementId;

/**
 * Deadlines live in PostgreSQL, not in the node: the service stops after scheduling them, and when it comes back
 * each still produces its outcome exactly once, the one missed while it was down promptly.
 */
class RestartClocksIT {

    @Test
    void deadlinesScheduledBeforeARestartFireOnceAfterIt() throws Exception {
        String database = ClockNodes.newDatabase();
        AgreementId missedWhileDown;
        AgreementId dueAfterRestart;
        Instant missedAt;
        try (ConfigurableApplicationContext first = ClockNodes.start(database, null)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            StaffDirectory.fill(jdbc);
            CommandGateway commands = first.getBean(CommandGateway.class);
            Cases.open(commands, "RESTART-1", StaffDirectory.PRACTITIONER, StaffDirectory.TEAM);
            dueAfterRestart = Agreements.inForceWithReviewAt(commands, "RESTART-1", Instant.now().plusSeconds(40));
            missedAt = Instant.now().plusSeconds(15);
            missedWhileDown = Agreements.inForceWithReviewAt(commands, "RESTART-1", missedAt);
            // Both review deadlines are in Quartz's tables before the node goes.
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                    "SELECT count(*) FROM qrtz_job_details WHERE job_group = 'agreement-review-due'")
                    .query(Long.class).single() == 2);
            assertThat(Outcomes.escalations(jdbc)).isEmpty();
        }
        // Stay down until the earlier review point has passed, so that its deadline is missed while nothing runs.
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), missedAt.plusSeconds(2)).toMillis()));

        try (ConfigurableApplicationContext second = ClockNodes.start(database, null)) {
            Instant started = Instant.now();
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> Outcomes.escalations(jdbc).containsKey(missedWhileDown.value()));
            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(20));
            await().atMost(Duration.ofSeconds(45))
                    .until(() -> Outcomes.escalations(jdbc).containsKey(dueAfterRestart.value()));
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                    "SELECT count(*) FROM inbox_message WHERE recipient = :manager")
                    .param("manager", StaffDirectory.TEAM_MANAGER).query(Long.class).single() == 2);

            Thread.sleep(2000);
            assertThat(Outcomes.reminders(jdbc)).containsEntry(missedWhileDown.value(), 1L)
                    .containsEntry(dueAfterRestart.value(), 1L);
            assertThat(Outcomes.escalations(jdbc)).containsEntry(missedWhileDown.value(), 1L)
                    .containsEntry(dueAfterRestart.value(), 1L);
            assertThat(jdbc.sql("SELECT count(*) FROM inbox_message WHERE recipient = :practitioner")
                    .param("practitioner", StaffDirectory.PRACTITIONER).query(Long.class).single()).isEqualTo(2);
        }
    }
}
