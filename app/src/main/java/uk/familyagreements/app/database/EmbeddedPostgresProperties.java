package uk.familyagreements.app.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the database keeps its files between runs (ignored by git)
 * @param port          the port it listens on, on loopback only; 0 picks a free one
 */
@ConfigurationProperties(prefix = "agreements.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue("data/postgres") Path dataDirectory,
                                         @DefaultValue("0") int port) {
}
