package uk.familyagreements.app.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.familyagreements.app.accessaudit.AccessAuditLog;
import uk.familyagreements.app.accessaudit.AccessEntry;
import uk.familyagreements.command.web.CachedBodyRequest;

/**
 * The one place where every /api request is authorised, after Spring Security has authenticated it: decides by
 * {@link AccessRules}, answers refusals as problem details, records refusals and every read, export and print in the
 * access audit, and caps request bodies.
 */
class AuthorisationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuthorisationFilter.class);
    private static final String PROBLEM = "urn:family-agreements:problem:";

    private final ScopeLookup lookup;
    private final AccessRules rules;
    private final AccessAuditLog audit;
    private final ObjectMapper json;
    private final int maxBodyBytes;

    AuthorisationFilter(ScopeLookup lookup, AccessRules rules, AccessAuditLog audit, ObjectMapper json,
                        int maxBodyBytes) {
        this.lookup = lookup;
        this.rules = rules;
        this.audit = audit;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            // Spring Security has already refused what needs a user; nothing else reaches /api anonymously.
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Request too large",
                    "The request body is larger than the service accepts.");
            return;
        }
        HttpServletRequest forward = request;
        if (hasBody(request)) {
            try {
                forward = CachedBodyRequest.of(request, maxBodyBytes);
            } catch (CachedBodyRequest.TooLarge tooLarge) {
                problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Request too large",
                        "The request body is larger than the service accepts.");
                return;
            }
        }
        Actor actor = lookup.actor(authentication);
        String method = request.getMethod();
        HttpServletRequest bodySource = forward;
        Decision decision = rules.decide(actor, method, segments(request), () -> parse(bodySource));
        String path = request.getRequestURI();
        if (!decision.allowed()) {
            record(actor, request, decision, "DENIED", decision.status(), path);
            log.info("Refused {} {} to {} ({})", method, path, actor.username(), decision.status());
            if (decision.status() == 404) {
                problem(response, HttpStatus.NOT_FOUND, "not-found", "Not found", "No record has this id.");
            } else if (decision.managersOnly()) {
                problem(response, HttpStatus.FORBIDDEN, "forbidden", "Only a manager may do this",
                        "Only a team manager, consultant social worker or service manager may do this.");
            } else {
                problem(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                        "Your role does not allow this request.");
            }
            return;
        }
        try {
            chain.doFilter(forward, response);
        } finally {
            if (decision.action() != null) {
                record(actor, request, decision, response.getStatus() < 400 ? "ALLOWED" : "FAILED",
                        response.getStatus(), path);
            }
        }
    }

    private void record(Actor actor, HttpServletRequest request, Decision decision, String outcome, int status,
                        String path) {
        String action = decision.action() != null ? decision.action()
                : ("GET".equals(request.getMethod()) ? "READ" : "CHANGE");
        String query = request.getQueryString();
        audit.record(new AccessEntry(actor.username(), actor.rolesText(), action, outcome, decision.resourceType(),
                decision.resourceId(), decision.caseReference(), request.getMethod(),
                query == null ? path : path + "?" + query, status, request.getRemoteAddr()));
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))
                && request.getContentType() != null && request.getContentType().contains("json");
    }

    private JsonNode parse(HttpServletRequest request) {
        if (!(request instanceof CachedBodyRequest cached) || cached.body().length == 0) {
            return null;
        }
        try {
            return json.readTree(cached.body());
        } catch (IOException notJson) {
            // The controller answers malformed JSON as a 400 naming the problem.
            return null;
        }
    }

    static List<String> segments(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api")) {
            path = path.substring("/api".length());
        }
        return Arrays.stream(path.split("/"))
                .filter(segment -> !segment.isEmpty())
                .map(segment -> URLDecoder.decode(segment, StandardCharsets.UTF_8))
                .toList();
    }

    private void problem(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), java.util.Map.of("type", PROBLEM + type, "title", title,
                "status", status.value(), "detail", detail));
    }

}
