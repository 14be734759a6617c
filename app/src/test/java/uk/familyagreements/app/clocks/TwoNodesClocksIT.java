package uk.familyagreements.app.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.familyagreements.app.support.Cases;
import uk.familyagreements.kernel.agreement.AgreementId;

/**
 * Two nodes on one database, clustered by Quartz under the same scheduler name: this JVM and a second JVM running the
 * packaged service. 200 review deadlines a few seconds ahead each produce exactly one escalation; then the second
 * node is killed and the deadlines still waiting fire on the node that remains.
 */
class TwoNodesClocksIT {

    private static final int PER_BATCH = 100;
    private static final int WRITERS = 4;

    @Test
    void everyDeadlineFiresOnceAcrossTwoNodesAndTheSurvivorTakesOver() throws Exception {
        String database = ClockNodes.newDatabase();
        // Kept in target/ so that a failure can be read.
        Path secondNodeLog = Path.of("target", "two-nodes-second-node.log");
        try (ConfigurableApplicationContext first = ClockNodes.start(database, null)) {
            Process second = ClockNodes.startProcess(database, secondNodeLog);
            try {
                JdbcClient jdbc = first.getBean(JdbcClient.class);
                CommandGateway commands = first.getBean(CommandGateway.class);
                StaffDirectory.fill(jdbc);
                await().atMost(Duration.ofSeconds(90)).until(() -> schedulersCheckedIn(jdbc) == 2);

                Instant firstDue = Instant.now().plusSeconds(25);
                Instant secondDue = firstDue.plusSeconds(35);
                List<AgreementId> firstBatch = putInForce(commands, "first", firstDue);
                List<AgreementId> secondBatch = putInForce(commands, "second", secondDue);

                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                        .until(() -> firedFor(jdbc, firstBatch) == PER_BATCH);
                // The second node leaves with deadlines still waiting, or the takeover would prove nothing.
                assertThat(firedFor(jdbc, secondBatch)).isLessThan(PER_BATCH);

                second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                        .until(() -> firedFor(jdbc, secondBatch) == PER_BATCH);
                Thread.sleep(3000);
                Map<String, Long> escalations = Outcomes.escalations(jdbc);
                List<AgreementId> all = new ArrayList<>(firstBatch);
                all.addAll(secondBatch);
                assertThat(all).allSatisfy(id -> assertThat(escalations.get(id.value())).isEqualTo(1L));
                Map<String, Long> reminders = Outcomes.reminders(jdbc);
                assertThat(all).allSatisfy(id -> assertThat(reminders.get(id.value())).isEqualTo(1L));
                assertThat(Files.readString(secondNodeLog)).contains("Started FamilyAgreementsApplication");
            } finally {
                second.destroyForcibly();
            }
        }
    }

    private static List<AgreementId> putInForce(CommandGateway commands, String batch, Instant reviewAt)
            throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<List<AgreementId>>> parts = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                String caseReference = "TWO-NODES-" + batch + "-" + writer;
                parts.add(writers.submit(() -> {
                    Cases.open(commands, caseReference, StaffDirectory.PRACTITIONER, StaffDirectory.TEAM);
                    List<AgreementId> ids = new ArrayList<>();
                    for (int i = 0; i < PER_BATCH / WRITERS; i++) {
                        ids.add(Agreements.inForceWithReviewAt(commands, caseReference, reviewAt));
                    }
                    return ids;
                }));
            }
            List<AgreementId> ids = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<AgreementId>> part : parts) {
                ids.addAll(part.get(120, TimeUnit.SECONDS));
            }
            return ids;
        } finally {
            writers.shutdownNow();
        }
    }

    private static long firedFor(JdbcClient jdbc, List<AgreementId> batch) {
        Map<String, Long> escalations = Outcomes.escalations(jdbc);
        return batch.stream().filter(id -> escalations.containsKey(id.value())).count();
    }

    private static int schedulersCheckedIn(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM qrtz_scheduler_state WHERE sched_name = :name")
                .param("name", ClockNodes.SCHEDULER).query(Integer.class).single();
    }
}
