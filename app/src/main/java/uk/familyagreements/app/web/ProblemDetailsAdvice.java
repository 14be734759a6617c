package uk.familyagreements.app.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;
import uk.familyagreements.kernel.rules.RuleViolationException;

/**
 * Turns every rejection into RFC 9457 problem details. Each problem lists its violations as
 * {@code {"code", "field", "message"}} so a client can show every broken rule beside its field at once.
 * Unexpected failures are logged with their stack trace and answered with a bare 500 that reveals nothing.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPE_BASE = "urn:family-agreements:problem:";

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolated(RuleViolationException exception) {
        boolean onlyInputErrors = exception.violations().stream().allMatch(v -> v.code() == RuleCode.INVALID_INPUT);
        HttpStatus status = onlyInputErrors ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY;
        String title = onlyInputErrors ? "The request is not valid" : "The request breaks the agreement rules";
        return problem(status, onlyInputErrors ? "invalid-input" : "rule-violation", title,
                exception.violations());
    }

    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class,
            AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> concurrentModification(RuntimeException exception) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification", "Someone else changed this record first",
                List.of(new RuleViolation(RuleCode.CONCURRENT_MODIFICATION, "If-Match",
                        "The record has changed since you read it. Read it again and re-apply your change.")));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No record has this id.");
        problem.setType(URI.create(TYPE_BASE + "not-found"));
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException exception) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request is not valid",
                List.of(new RuleViolation(RuleCode.INVALID_INPUT, exception.getName(),
                        "This value is not valid here.")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        log.error("Request failed unexpectedly", exception);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing was changed by this request; please try again.");
        problem.setType(URI.create(TYPE_BASE + "internal-error"));
        problem.setTitle("Internal error");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<RuleViolation> violations = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new RuleViolation(RuleCode.INVALID_INPUT, error.getField(),
                        error.getDefaultMessage() == null ? "This value is not valid." : error.getDefaultMessage()))
                .toList();
        return asObject(problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request is not valid", violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<RuleViolation> violations = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new RuleViolation(RuleCode.INVALID_INPUT,
                                // A request body's errors name its field; a path variable's or header's, itself.
                                error instanceof FieldError field ? field.getField()
                                        : result.getMethodParameter().getParameterName() == null ? "parameter"
                                        : result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage() == null ? "This value is not valid."
                                        : error.getDefaultMessage())))
                .toList();
        return asObject(problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request is not valid", violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String field = JsonFieldPath.of(exception);
        return asObject(problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request is not valid",
                List.of(new RuleViolation(RuleCode.INVALID_INPUT, field,
                        "body".equals(field) ? "The body is not valid JSON for this request."
                                : "This value has the wrong form or is not one of the allowed values."))));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
                                                          HttpStatusCode statusCode, WebRequest request) {
        // Spring's own problems (405, 415, ...) keep their status but never carry exception text.
        if (body instanceof ProblemDetail problem && problem.getDetail() != null
                && problem.getDetail().contains("Exception")) {
            problem.setDetail(null);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title,
                                                         List<RuleViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        problem.setDetail(violations.stream().map(RuleViolation::message).distinct()
                .reduce((a, b) -> a + " " + b).orElse(title));
        problem.setProperty("violations", violations.stream()
                .map(v -> Map.of("code", v.code().name(), "field", v.field(), "message", v.message()))
                .toList());
        return ResponseEntity.status(status).body(problem);
    }

    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(response.getBody());
    }
}
