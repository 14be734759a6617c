package uk.familyagreements.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL for every integration test in the JVM: started on first use, stopped when the JVM exits.
 * Spring contexts point at it through {@code spring.datasource.*}, which also switches the service's own embedded
 * default off, exactly as an operator's external database would.
 */
public final class SharedPostgres {

    private static EmbeddedPostgres postgres;

    private SharedPostgres() {
    }

    public static synchronized EmbeddedPostgres instance() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL could not start", e);
            }
        }
        return postgres;
    }

    public static String jdbcUrl() {
        return instance().getJdbcUrl("postgres", "postgres");
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", SharedPostgres::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
