package uk.familyagreements.app.commands;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Sends command requests as a client would: JSON bodies, and the API's headers where a test gives them. */
final class Commands {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {
            };

    private final TestRestTemplate http;

    Commands(TestRestTemplate http) {
        this.http = http;
    }

    ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return post(path, body, new HttpHeaders());
    }

    ResponseEntity<Map<String, Object>> post(String path, Object body, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.POST, json(body, headers), JSON_OBJECT);
    }

    /** For bodies that are not JSON objects a test builds as maps, e.g. broken JSON. */
    ResponseEntity<String> postRaw(String path, String body, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.POST, json(body, headers), String.class);
    }

    static HttpHeaders headers(String... namesAndValues) {
        HttpHeaders headers = new HttpHeaders();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    private static <T> HttpEntity<T> json(T body, HttpHeaders given) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(given);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return new HttpEntity<>(body, headers);
    }
}
