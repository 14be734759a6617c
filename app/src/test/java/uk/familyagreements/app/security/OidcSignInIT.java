package uk.familyagreements.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.familyagreements.app.support.DemoUsers.SAM;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.familyagreements.app.support.IntegrationTest;

/**
 * Single sign-on switched on by configuration against a stub provider: the claim maps to our role, the directory
 * supplies the team, and an account whose claim maps to no role of ours is turned away.
 */
class OidcSignInIT extends IntegrationTest {

    private static final StubIdentityProvider PROVIDER = new StubIdentityProvider();

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration.council.";
        String provider = "spring.security.oauth2.client.provider.council.";
        registry.add("agreements.security.oidc.enabled", () -> "true");
        registry.add("agreements.security.oidc.role-mapping[fa-practitioners]", () -> "PRACTITIONER");
        registry.add("agreements.security.oidc.role-mapping[fa-managers]", () -> "TEAM_MANAGER");
        registry.add(registration + "client-id", () -> StubIdentityProvider.CLIENT_ID);
        registry.add(registration + "client-secret", () -> "stub-secret");
        registry.add(registration + "authorization-grant-type", () -> "authorization_code");
        registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add(registration + "scope", () -> "openid,profile");
        registry.add(provider + "authorization-uri", () -> PROVIDER.baseUrl() + "/authorize");
        registry.add(provider + "token-uri", () -> PROVIDER.baseUrl() + "/token");
        registry.add(provider + "jwk-set-uri", () -> PROVIDER.baseUrl() + "/jwks");
        registry.add(provider + "user-name-attribute", () -> "preferred_username");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new HashMap<>();

    @Test
    void aCouncilAccountSignsInWithTheMappedRoleAndWorksTheCasesOfItsDirectoryTeam() throws Exception {
        String caseReference = "CASE-SSO-" + UUID.randomUUID();
        openCase(caseReference);
        ResponseEntity<Map> created = asPractitioner().postForEntity("/api/agreements", Map.of("caseReference",
                caseReference, "kind", "WORKING", "purpose", "Assess how life is for Ben"),
                Map.class);
        String agreement = (String) created.getBody().get("agreementId");

        HttpResponse<String> callback = signIn(SAM.username(), List.of("fa-practitioners", "all-staff"));

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location")).get().asString().doesNotContain("error");
        // The summary is a projection: wait for it, so that a 404 can only mean the access was refused.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                send(HttpRequest.newBuilder(uri("/api/agreements/" + agreement)).GET()).statusCode()).isEqualTo(200));
        assertThat(jdbc.sql("SELECT roles FROM access_audit WHERE username = :u AND resource_id = :id")
                .param("u", SAM.username()).param("id", agreement).query(String.class).list())
                .contains("PRACTITIONER");
    }

    @Test
    void anAccountWhoseClaimMapsToNoRoleIsTurnedAway() throws Exception {
        HttpResponse<String> callback = signIn("someone.else", List.of("all-staff"));

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location")).get().asString().contains("error");
        assertThat(send(HttpRequest.newBuilder(uri("/api/inbox")).GET()).statusCode()).isEqualTo(401);
    }

    @Test
    void passwordsStillWorkBesideSingleSignOn() {
        assertThat(asPractitioner().getForEntity("/api/inbox", String.class).getStatusCode())
                .isNotEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** Plays the browser: start at the service, "sign in" at the provider, come back with a code. */
    private HttpResponse<String> signIn(String user, List<String> roles) throws Exception {
        HttpResponse<String> start = send(HttpRequest.newBuilder(uri("/oauth2/authorization/council")).GET());
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(PROVIDER.baseUrl() + "/authorize");
        Map<String, String> query = Arrays.stream(authorize.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        PROVIDER.nextSignIn(user, roles, query.get("nonce"));
        String back = query.get("redirect_uri") + "?code=stub-code&state="
                + java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(back)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return response;
    }

    private URI uri(String path) {
        return URI.create(http.getRootUri() + path);
    }
}
