package uk.familyagreements.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.familyagreements.app.support.DemoUsers.ADA;
import static uk.familyagreements.app.support.DemoUsers.SAM;
import static uk.familyagreements.app.support.DemoUsers.TEAM_A;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import uk.familyagreements.app.support.IntegrationTest;

/** Guessing passwords stops working: per user name after 5 failures, per client address after 50. */
class LoginThrottlingIT extends IntegrationTest {

    private static final String PASSWORD = "a-long-enough-password";

    @Test
    void fiveWrongPasswordsLockTheUserEvenAgainstTheRightPasswordWhileOthersCarryOn() {
        String user = newUser();
        assertThat(status(user, PASSWORD)).isEqualTo(HttpStatus.OK);

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(status(user, "guess-" + attempt)).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        assertThat(status(user, PASSWORD)).as("locked").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(SAM.username(), SAM.password())).as("another user").isEqualTo(HttpStatus.OK);
        OffsetDateTime lockedUntil = jdbc.sql("SELECT locked_until FROM login_throttle WHERE throttle_key = :k")
                .param("k", "user:" + user).query(OffsetDateTime.class).single();
        assertThat(lockedUntil).isBetween(OffsetDateTime.now().plus(Duration.ofMinutes(14)),
                OffsetDateTime.now().plus(Duration.ofMinutes(16)));
        assertThat(jdbc.sql("SELECT count(*) FROM access_audit WHERE username = :u AND action = 'SIGN_IN' "
                + "AND outcome = 'LOCKED'").param("u", user).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        String user = newUser();
        for (int attempt = 0; attempt < 4; attempt++) {
            status(user, "guess-" + attempt);
        }
        assertThat(status(user, PASSWORD)).isEqualTo(HttpStatus.OK);
        for (int attempt = 0; attempt < 4; attempt++) {
            status(user, "guess-" + attempt);
        }
        assertThat(status(user, PASSWORD)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddress() {
        try {
            for (int attempt = 0; attempt < 50; attempt++) {
                status("nobody-" + UUID.randomUUID(), "guess");
            }
            assertThat(status(SAM.username(), SAM.password())).as("same address").isEqualTo(HttpStatus.UNAUTHORIZED);
        } finally {
            // Every test of this JVM signs in from 127.0.0.1: lift the lock for them.
            jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = 'ip:127.0.0.1'").update();
        }
        assertThat(status(SAM.username(), SAM.password())).isEqualTo(HttpStatus.OK);
    }

    private HttpStatus status(String user, String password) {
        return HttpStatus.valueOf(http.withBasicAuth(user, password).getForEntity("/api/inbox", String.class)
                .getStatusCode().value() == 401 ? 401 : 200);
    }

    private String newUser() {
        String name = "throttle." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> user = new HashMap<>();
        user.put("username", name);
        user.put("displayName", "Throttle test");
        user.put("role", "PRACTITIONER");
        user.put("teamCode", TEAM_A);
        user.put("password", PASSWORD);
        assertThat(http.withBasicAuth(ADA.username(), ADA.password()).postForEntity("/api/admin/users", user,
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return name;
    }
}
