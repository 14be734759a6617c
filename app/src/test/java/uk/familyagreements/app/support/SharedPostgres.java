package uk.familyagreements.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
                postgres = builder().setRegisterShutdownHook(true).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL could not start", e);
            }
        }
        return postgres;
    }

    /**
     * A throwaway database with the test library's fast settings; or, when {@code bench.postgres.dir} names a
     * directory, a kept one with the service's own durability (every commit flushed), so that a benchmark measures
     * what production would do and the service can later start on its data.
     */
    private static EmbeddedPostgres.Builder builder() {
        String kept = System.getProperty("bench.postgres.dir");
        if (kept == null) {
            return EmbeddedPostgres.builder();
        }
        return EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(kept).toAbsolutePath())
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
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
