package uk.familyagreements.query.projection;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The operator's handle on projections: status and progress, rebuild, and retry of dead letters. Only an
 * administrator or a team manager may use it.
 */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final ProjectionAdmin admin;

    ProjectionAdminController(ProjectionAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/{projection}")
    ProjectionAdmin.Status status(@PathVariable String projection, HttpServletRequest user) {
        authorise(user);
        return admin.status(projection);
    }

    /**
     * Empties the projection and replays the store into it. The view answers partially until the rebuild is
     * complete (ADR 0030), so the operator must say {@code acceptGap=true}.
     */
    @PostMapping("/{projection}/rebuild")
    ResponseEntity<ProjectionAdmin.Status> rebuild(@PathVariable String projection,
                                                   @RequestParam(required = false) Boolean acceptGap,
                                                   HttpServletRequest user) {
        authorise(user);
        if (!Boolean.TRUE.equals(acceptGap)) {
            throw Paging.bad("acceptGap", "A rebuild empties the view until it has replayed every event. Say "
                    + "acceptGap=true to go ahead.");
        }
        return ResponseEntity.accepted().body(admin.rebuild(projection));
    }

    @PostMapping("/{projection}/dead-letters/retry")
    Map<String, Object> retry(@PathVariable String projection, HttpServletRequest user) {
        authorise(user);
        int processed = admin.retryDeadLetters(projection);
        return Map.of("projection", projection, "sequencesRetried", processed,
                "deadLettersLeft", admin.status(projection).deadLetters());
    }

    @ExceptionHandler(ProjectionAdmin.UnknownProjectionException.class)
    ResponseEntity<org.springframework.http.ProblemDetail> unknown(ProjectionAdmin.UnknownProjectionException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "No projection has this name."));
    }

    private static void authorise(HttpServletRequest user) {
        boolean allowed = user.isUserInRole("ADMINISTRATOR") || user.isUserInRole("TEAM_MANAGER");
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an administrator may manage projections.");
        }
    }
}
