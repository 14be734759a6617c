package uk.familyagreements.command.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.familyagreements.command.web.CachedBodyRequest;
import uk.familyagreements.command.web.Problems;
import uk.familyagreements.command.web.Reasons;
import uk.familyagreements.kernel.rules.RuleCode;

/**
 * Makes every command request ({@code POST /api/...}) that carries an {@code Idempotency-Key} header safe to retry.
 * The first request with a key claims it and runs; its successful response is stored and answered again, header
 * for header, to every retry by the same user with the same request. A retry while the first is still running gets
 * {@code 409} with {@code Retry-After}; the same key on a different request gets {@code 422}. A request that fails
 * changes nothing, so its key is released and the client may retry it. See ADR 0010.
 *
 * <p>Runs after Spring Security (its order is the lowest), so the user is known.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    private static final int MAX_BODY_BYTES = 1024 * 1024;

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final ObjectMapper objectMapper;
    private final Clock clock = Clock.systemUTC();

    IdempotencyFilter(IdempotencyKeys keys, IdempotencyProperties properties, ObjectMapper objectMapper) {
        this.keys = keys;
        this.properties = properties;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            reject(response, HttpStatus.BAD_REQUEST, "invalid-input", "The request is not valid",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID.");
            return;
        }
        CachedBodyRequest cached;
        try {
            cached = CachedBodyRequest.of(request, MAX_BODY_BYTES);
        } catch (CachedBodyRequest.TooLarge tooLarge) {
            reject(response, HttpStatus.BAD_REQUEST, "invalid-input", "The request is not valid",
                    "The body is larger than a command can be.");
            return;
        }
        byte[] body = cached.body();
        String user = authentication.getName();
        String fingerprint = fingerprint(request, body);
        Instant now = clock.instant();
        if (keys.claim(user, key, fingerprint, request.getMethod(), request.getRequestURI(), now,
                now.plus(properties.retention()))) {
            runAndRemember(cached, response, chain, user, key);
            return;
        }
        Optional<StoredRequest> stored = keys.find(user, key);
        if (stored.isEmpty()) {
            // The holder released the key between our claim and our read: its request changed nothing.
            reject(response, HttpStatus.CONFLICT, "idempotency-key-in-use", "This request is already being handled",
                    "Another request with this Idempotency-Key has just finished without a result. Send it again.");
        } else if (!stored.get().fingerprint().equals(fingerprint)) {
            reject(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "This Idempotency-Key belongs to another request",
                    "This Idempotency-Key was used for a different request. Use a new key for a new request.");
        } else if (!stored.get().completed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            reject(response, HttpStatus.CONFLICT, "idempotency-key-in-use", "This request is already being handled",
                    "A request with this Idempotency-Key is still being handled. Retry in a moment to get its answer.");
        } else {
            replay(stored.get(), response);
        }
    }

    private void runAndRemember(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                String user, String key) throws IOException, ServletException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean remembered = false;
        try {
            chain.doFilter(request, captured);
            if (HttpStatus.valueOf(captured.getStatus()).is2xxSuccessful()) {
                keys.complete(user, key, captured.getStatus(), captured.getContentType(),
                        captured.getHeader(HttpHeaders.LOCATION), captured.getHeader(HttpHeaders.ETAG),
                        captured.getContentAsByteArray());
                remembered = true;
            }
        } finally {
            if (!remembered) {
                keys.release(user, key);
            }
            captured.copyBodyToResponse();
        }
    }

    private static void replay(StoredRequest stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        response.setHeader(REPLAYED_HEADER, "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.body() != null) {
            response.setContentLength(stored.body().length);
            response.getOutputStream().write(stored.body());
        }
    }

    private void reject(HttpServletResponse response, HttpStatus status, String type, String title, String message)
            throws IOException {
        ProblemDetail problem = Problems.problem(status, type, title,
                status == HttpStatus.CONFLICT ? RuleCode.CONCURRENT_MODIFICATION : RuleCode.INVALID_INPUT,
                HEADER, message);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), Problems.asJson(problem));
    }

    /** Everything that makes a command request what it is: where it goes, the version and reason, the body. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {request.getMethod(), request.getRequestURI(),
                    String.valueOf(request.getHeader(HttpHeaders.IF_MATCH)),
                    String.valueOf(request.getHeader(Reasons.HEADER))}) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
