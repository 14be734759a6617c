package uk.familyagreements.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on the build machines, so the compose file is checked by parsing it (anchors and merge keys
 * resolved) and asserting the shape operators rely on.
 */
class DockerComposeFileTest {

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsPostgres17AndTwoHealthCheckedNodesOnANamedVolume() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("..", "docker-compose.yml"))) {
            compose = new Yaml(new LoaderOptions()).load(reader);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsOnlyKeys("postgres", "app-1", "app-2");
        assertThat(services.get("postgres").get("image")).isEqualTo("postgres:17");
        assertThat((List<String>) services.get("postgres").get("volumes")).contains("postgres-data:/var/lib/postgresql/data");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("postgres-data");

        for (String node : List.of("app-1", "app-2")) {
            Map<String, Object> app = services.get(node);
            assertThat(((Map<String, Object>) app.get("build")).get("dockerfile")).isEqualTo("Dockerfile");
            assertThat((Map<String, String>) app.get("environment"))
                    .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/agreements")
                    .containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
            assertThat(app.get("healthcheck").toString()).contains("/actuator/health/readiness");
            assertThat(((Map<String, Map<String, String>>) app.get("depends_on")).get("postgres"))
                    .containsEntry("condition", "service_healthy");
        }
        assertThat(Files.exists(Path.of("..", "Dockerfile"))).isTrue();
    }
}
