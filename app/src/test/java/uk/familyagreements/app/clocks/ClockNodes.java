package uk.familyagreements.app.clocks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.familyagreements.app.FamilyAgreementsApplication;
import uk.familyagreements.app.support.SharedPostgres;

/**
 * Application nodes for the clock tests, each started and stopped by the test itself.
 *
 * <p>Every test class gets a database of its own inside the shared PostgreSQL, so that no other context's event
 * processors or Quartz scheduler can take its deadlines or inbox events. In-process nodes are started one at a time:
 * two live Spring Quartz schedulers with the same name in one JVM would share Quartz's JVM-wide connection provider
 * (registered under the scheduler's name), so the second node of a cluster runs in a JVM of its own (ADR 0020).
 */
final class ClockNodes {

    static final String SCHEDULER = "clocks-cluster";

    private ClockNodes() {
    }

    /** A new, empty database in the shared PostgreSQL; Flyway builds the schema when the first node starts. */
    static String newDatabase() {
        String name = "clocks_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = SharedPostgres.instance().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return SharedPostgres.instance().getJdbcUrl("postgres", name);
    }

    static List<String> arguments(String jdbcUrl, Integer smtpPort) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.quartz.scheduler-name=" + SCHEDULER,
                "--agreements.inbox.base-url=https://agreements.test"));
        if (smtpPort != null) {
            arguments.add("--spring.mail.host=127.0.0.1");
            arguments.add("--spring.mail.port=" + smtpPort);
        }
        return arguments;
    }

    static ConfigurableApplicationContext start(String jdbcUrl, Integer smtpPort) {
        return new SpringApplicationBuilder(FamilyAgreementsApplication.class)
                .run(arguments(jdbcUrl, smtpPort).toArray(String[]::new));
    }

    /** The service as operators run it, from the repackaged jar, in a JVM of its own. */
    static Process startProcess(String jdbcUrl, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", applicationJar().toString()));
        command.addAll(arguments(jdbcUrl, null));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path applicationJar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(path -> path.getFileName().toString().matches("app-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Run through 'mvn verify': the app jar is built "
                            + "in the package phase"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
