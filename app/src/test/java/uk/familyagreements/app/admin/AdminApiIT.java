package uk.familyagreements.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.familyagreements.app.support.DemoUsers.ADA;
import static uk.familyagreements.app.support.DemoUsers.SERVICE;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.familyagreements.app.support.IntegrationTest;

/** An administrator sets up a team and its people; the people can then sign in, and stop when deactivated. */
class AdminApiIT extends IntegrationTest {

    @Test
    void aNewTeamAndUserCanSignInWithAHashedPasswordAndADeactivatedUserCannot() {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin().postForEntity("/api/admin/teams", Map.of("teamCode", team, "name", "East family help",
                "serviceCode", SERVICE), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String username = "new." + team;
        Map<String, Object> user = new HashMap<>(Map.of("username", username, "displayName", "Nia New",
                "email", "nia@example.org", "role", "PRACTITIONER", "teamCode", team,
                "password", "correct horse battery"));
        ResponseEntity<Map> created = admin().postForEntity("/api/admin/users", user, Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("hasPassword", true).doesNotContainKey("password");

        String hash = jdbc.sql("SELECT password_hash FROM staff_credential WHERE username = :u")
                .param("u", username).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse battery");
        assertThat(signIn(username, "correct horse battery")).isEqualTo(HttpStatus.OK);
        assertThat(admin().getForEntity("/api/admin/users/" + username, String.class).getBody())
                .doesNotContain("bcrypt");

        Map<String, Object> change = new HashMap<>(Map.of("displayName", "Nia New", "role", "PRACTITIONER",
                "teamCode", team, "active", false));
        assertThat(admin().exchange("/api/admin/users/" + username, HttpMethod.PUT, new HttpEntity<>(change),
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(signIn(username, "correct horse battery")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aPractitionerWithoutATeamOrWithAShortPasswordIsRefusedWithTheField() {
        ResponseEntity<String> refused = admin().postForEntity("/api/admin/users", Map.of("username", "no.team",
                "displayName", "No Team", "role", "PRACTITIONER", "password", "short"), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("password").doesNotContain("Exception");
        ResponseEntity<String> noTeam = admin().postForEntity("/api/admin/users", Map.of("username", "no.team",
                "displayName", "No Team", "role", "PRACTITIONER", "password", "long enough password"), String.class);
        assertThat(noTeam.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noTeam.getBody()).contains("teamCode");
    }

    private HttpStatus signIn(String username, String password) {
        int status = http.withBasicAuth(username, password).getForEntity("/api/inbox", String.class)
                .getStatusCode().value();
        return status == 401 ? HttpStatus.UNAUTHORIZED : HttpStatus.OK;
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth(ADA.username(), ADA.password());
    }
}
