package uk.familyagreements.command.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

/**
 * RFC 9457 problems in the service's shape ({@code type}, {@code title}, {@code detail}, {@code violations}) for the
 * few rejections the command API makes outside the aggregates: a refused role, a reused idempotency key.
 */
public final class Problems {

    public static final String TYPE_BASE = "urn:family-agreements:problem:";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, RuleCode code, String field,
                                        String message) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        problem.setDetail(message);
        problem.setProperty("violations", List.of(Map.of("code", code.name(), "field", field, "message", message)));
        return problem;
    }

    /** A problem that concerns the request as a whole rather than a field, e.g. a refused role. */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        problem.setDetail(detail);
        return problem;
    }

    /** An exception Spring MVC answers with the given problem, status and all. */
    public static ErrorResponseException rejection(ProblemDetail problem) {
        return new ErrorResponseException(HttpStatus.valueOf(problem.getStatus()), problem, null);
    }

    /** The problem as plain JSON members, for code that writes the response itself (a servlet filter). */
    public static Map<String, Object> asJson(ProblemDetail problem) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("type", problem.getType().toString());
        json.put("title", problem.getTitle());
        json.put("status", problem.getStatus());
        json.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            json.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            json.putAll(problem.getProperties());
        }
        return json;
    }
}
