package uk.familyagreements.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.familyagreements.app.support.DemoUsers.ALL;
import static uk.familyagreements.app.support.DemoUsers.PRIYA;
import static uk.familyagreements.app.support.DemoUsers.SAM;
import static uk.familyagreements.app.support.DemoUsers.TEAM_A;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.familyagreements.app.support.DemoUsers;
import uk.familyagreements.app.support.DemoUsers.DemoUser;
import uk.familyagreements.app.support.IntegrationTest;

/**
 * Every endpoint against every role, and against users of another team. Expectations per user, in the order
 * sam (practitioner A), tara (manager A), cara (consultant A), priya (practitioner B), omar (manager B),
 * sian (service manager), alex (auditor), ada (administrator):
 * {@code A} = let through (no refusal, nothing recorded as denied), {@code F} = 403, {@code H} = 404 hiding the record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTableIT extends IntegrationTest {

    private final String caseA = "CASE-ACCESS-" + UUID.randomUUID();
    private String agreementA;

    @BeforeAll
    void anAgreementOnACaseOfTeamA() {
        openCase(caseA);
        ResponseEntity<Map> created = as(SAM).postForEntity("/api/agreements", Map.of("caseReference", caseA,
                "kind", "WORKING", "purpose", "Assess how life is for Mia at home"), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        agreementA = (String) created.getBody().get("agreementId");
    }

    Stream<Arguments> table() {
        String a = "/api/agreements/" + agreementA;
        String c = "/api/cases/" + caseA;
        List<Arguments> rows = new ArrayList<>();
        // method, path, body, expectations         sam tara cara pat max sian alex ada
        rows.add(row("GET", a, null, "A A A H H A A F"));
        rows.add(row("GET", a + "/document", null, "A A A H H A A F"));
        rows.add(row("POST", "/api/agreements", Map.of("caseReference", caseA, "kind", "WORKING",
                "purpose", "Plan the next steps with Mia's family"), "A A A H H A F F"));
        rows.add(row("POST", a + "/parties", Map.of(), "A A A H H A F F"));
        rows.add(row("POST", a + "/approval", Map.of(), "F A A F H A F F"));
        rows.add(row("POST", a + "/escalations/e-1/decision", Map.of(), "F A A F H A F F"));
        rows.add(row("GET", c, null, "A A A H H A A F"));
        rows.add(row("POST", c + "/allocation", Map.of(), "F A A F H A F F"));
        rows.add(row("POST", c + "/closure", Map.of(), "A A A H H A F F"));
        rows.add(row("POST", "/api/cases", Map.of("caseReference", "CASE-NEW-" + UUID.randomUUID(),
                "team", TEAM_A), "A A A F F A F F"));
        rows.add(row("GET", "/api/audit/agreements/" + agreementA, null, "A A A H H A A F"));
        rows.add(row("GET", "/api/access-audit", null, "F F F F F F A F"));
        rows.add(row("GET", "/api/integrity/agreements/" + agreementA, null, "F F F F F F A A"));
        rows.add(row("GET", "/api/integrity/agreements", null, "F F F F F F A A"));
        rows.add(row("GET", "/api/admin/users", null, "F F F F F F F A"));
        rows.add(row("POST", "/api/admin/teams", Map.of(), "F F F F F F F A"));
        rows.add(row("GET", "/api/teams/" + TEAM_A, null, "F A A F F A A F"));
        rows.add(row("GET", "/api/caseloads/" + SAM.username(), null, "A A A F F A A F"));
        rows.add(row("GET", "/api/caseloads/" + PRIYA.username(), null, "F F F A A A A F"));
        rows.add(row("GET", "/api/caseloads/me", null, "A A A A A A A F"));
        rows.add(row("GET", "/api/inbox", null, "A A A A A A A A"));
        rows.add(row("GET", "/api/no-rule-names-this", null, "F F F F F F F F"));
        List<Arguments> perUser = new ArrayList<>();
        for (Arguments row : rows) {
            Object[] values = row.get();
            String[] expected = ((String) values[3]).split(" ");
            for (int i = 0; i < ALL.size(); i++) {
                perUser.add(Arguments.of(values[0], values[1], values[2], ALL.get(i), expected[i]));
            }
        }
        return perUser.stream();
    }

    private static Arguments row(String method, String path, Object body, String expected) {
        return Arguments.of(method, path, body, expected);
    }

    @ParameterizedTest(name = "{0} {1} as {3}: {4}")
    @MethodSource("table")
    void eachRoleGetsWhatTheTableSays(String method, String path, Object body, DemoUser user, String expected) {
        long denialsBefore = denials(user, path);

        ResponseEntity<String> response = as(user).exchange(path, HttpMethod.valueOf(method), entity(body),
                String.class);

        long denialsAfter = denials(user, path);
        switch (expected) {
            case "F" -> {
                assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(denialsAfter).as("the refusal is recorded").isEqualTo(denialsBefore + 1);
            }
            case "H" -> {
                assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
                assertThat(response.getBody()).contains("No record has this id").doesNotContain(caseA);
                assertThat(denialsAfter).as("the refusal is recorded").isEqualTo(denialsBefore + 1);
            }
            default -> {
                assertThat(response.getStatusCode()).isNotIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
                assertThat(denialsAfter).as("nothing recorded as denied").isEqualTo(denialsBefore);
            }
        }
    }

    @Test
    void aPractitionerReachesACaseAllocatedToThemInAnotherTeamAndThatTeamsOthersDoNot() {
        String elsewhere = "CASE-ALLOCATED-" + UUID.randomUUID();
        ResponseEntity<String> opened = as(DemoUsers.OMAR).postForEntity("/api/cases", Map.of("caseReference",
                elsewhere, "childName", "Ivy", "practitioner", SAM.username(), "team", DemoUsers.TEAM_B), String.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> bySam = as(SAM).postForEntity("/api/agreements", Map.of("caseReference", elsewhere,
                "kind", "WORKING", "purpose", "Assess how life is for Ivy"), String.class);
        ResponseEntity<String> byTara = as(DemoUsers.TARA).postForEntity("/api/agreements", Map.of("caseReference",
                elsewhere, "kind", "WORKING", "purpose", "Assess how life is for Ivy"), String.class);

        assertThat(bySam.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(byTara.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    Stream<String> everyPath() {
        return table().map(arguments -> (String) arguments.get()[1]).distinct();
    }

    @ParameterizedTest(name = "anonymous GET {0}")
    @MethodSource("everyPath")
    void anonymousRequestsAreRejected(String path) {
        assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.postForEntity(path, entity(Map.of()), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aWrongPasswordIsRejected() {
        assertThat(http.withBasicAuth(SAM.username(), "not-the-password")
                .getForEntity("/api/agreements/" + agreementA, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = 'user:sam.practitioner'").update();
    }

    private long denials(DemoUser user, String path) {
        return jdbc.sql("SELECT count(*) FROM access_audit WHERE username = :u AND path = :p AND outcome = 'DENIED'")
                .param("u", user.username()).param("p", path).query(Long.class).single();
    }

    private org.springframework.boot.test.web.client.TestRestTemplate as(DemoUser user) {
        return http.withBasicAuth(user.username(), user.password());
    }

    private static HttpEntity<Object> entity(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
