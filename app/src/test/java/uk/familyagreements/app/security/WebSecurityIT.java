package uk.familyagreements.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.familyagreements.app.support.DemoUsers.TARA;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import uk.familyagreements.app.support.IntegrationTest;

/**
 * A browser's view: form sign-in with a session cookie that scripts cannot read, CSRF tokens on state-changing
 * requests that ride on that cookie, protective headers everywhere, and a cap on request size.
 */
class WebSecurityIT extends IntegrationTest {

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new HashMap<>();

    @Test
    void formSignInGivesAHardenedSessionCookieAndStateChangesNeedTheCsrfToken() throws Exception {
        HttpResponse<String> loginPage = send(get("/login"));
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Matcher token = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();

        HttpResponse<String> withoutToken = send(form("/login", Map.of("username", TARA.username(),
                "password", TARA.password())));
        assertThat(withoutToken.statusCode()).as("sign-in without the token").isEqualTo(403);

        HttpResponse<String> signedIn = send(form("/login", Map.of("username", TARA.username(),
                "password", TARA.password(), "_csrf", token.group(1))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
        String sessionCookie = setCookie(signedIn, "FASESSION").orElseThrow();
        assertThat(sessionCookie).contains("Secure", "HttpOnly", "SameSite=Lax");

        HttpResponse<String> page = send(get("/api/inbox"));
        assertThat(page.statusCode()).isNotIn(401, 403);
        String xsrf = cookies.get("XSRF-TOKEN");
        assertThat(xsrf).as("the page receives a fresh CSRF token after sign-in").isNotBlank();

        openCase("CASE-FORM-1");
        String draft = "{\"caseReference\":\"CASE-FORM-1\",\"kind\":\"WORKING\",\"purpose\":\"Assess how life is for Zoe\"}";
        HttpResponse<String> forged = send(json("/api/agreements", draft, null));
        assertThat(forged.statusCode()).as("a session request without the token").isEqualTo(403);
        HttpResponse<String> genuine = send(json("/api/agreements", draft, xsrf));
        assertThat(genuine.statusCode()).isEqualTo(201);

        HttpResponse<String> signedOut = send(form("/logout", Map.of("_csrf", xsrf)));
        assertThat(signedOut.statusCode()).isIn(204, 302);
        assertThat(send(get("/api/inbox")).statusCode()).isEqualTo(401);
    }

    @Test
    void responsesCarryContentSecurityPolicyFrameAndSniffingProtection() throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/api/inbox"))
                .header("Authorization", basic(TARA.username(), TARA.password())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("WWW-Authenticate")).as("no browser Basic prompt").isEmpty();
        assertThat(send(get("/login")).headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItReachesAController() throws Exception {
        String huge = "{\"caseReference\":\"CASE-HUGE\",\"kind\":\"WORKING\",\"purpose\":\"" + "a".repeat(1_100_000)
                + "\"}";
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/api/agreements"))
                .header("Authorization", basic(TARA.username(), TARA.password()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE.value());
        assertThat(response.body()).doesNotContain("Exception");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
        }
        HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty() || header.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static Optional<String> setCookie(HttpResponse<String> response, String name) {
        List<String> all = response.headers().allValues("Set-Cookie");
        return all.stream().filter(header -> header.startsWith(name + "=")).findFirst();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder form(String path, Map<String, String> fields) {
        String body = String.join("&", fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .toList());
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder json(String path, String body, String xsrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return xsrf == null ? request : request.header("X-XSRF-TOKEN", xsrf);
    }

    private URI uri(String path) {
        return URI.create(http.getRootUri() + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
