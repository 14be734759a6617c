package uk.familyagreements.query.inbox;

import java.security.Principal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The current user's inbox. Nobody reads or marks another user's messages: every query is scoped to the caller. */
@RestController
@RequestMapping("/api/inbox")
class InboxController {

    private static final int MAX_PAGE_SIZE = 100;

    private final JdbcClient jdbc;

    InboxController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the caller's messages: unread first (then newest first) by default, or {@code order=newest}.
     */
    @GetMapping
    InboxPage inbox(Principal user, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size,
                    @RequestParam(defaultValue = "unread") String order) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
        String orderBy = switch (order) {
            case "unread" -> "(read_at IS NULL) DESC, created_at DESC, id";
            case "newest" -> "created_at DESC, id";
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "order is unread or newest.");
        };
        List<InboxMessage> items = jdbc.sql("""
                        SELECT id, agreement_id, case_reference, kind, cause, level, subject, due_at, created_at,
                               read_at
                        FROM inbox_message WHERE recipient = :user
                        ORDER BY """ + orderBy + " LIMIT :limit OFFSET :offset")
                .param("user", user.getName())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> new InboxMessage(rs.getString("id"), rs.getString("agreement_id"),
                        rs.getString("case_reference"), rs.getString("kind"), rs.getString("cause"),
                        rs.getString("level"), rs.getString("subject"),
                        instant(rs.getObject("due_at", OffsetDateTime.class)),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("read_at", OffsetDateTime.class)),
                        InboxProperties.linkPath(rs.getString("agreement_id"))))
                .list();
        Counts counts = jdbc.sql("""
                        SELECT count(*) AS total, count(*) FILTER (WHERE read_at IS NULL) AS unread
                        FROM inbox_message WHERE recipient = :user""")
                .param("user", user.getName())
                .query(Counts.class).single();
        return new InboxPage(items, page, size, counts.total(), counts.unread());
    }

    /** Marks one of the caller's messages read; marking it again keeps the first time. */
    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(Principal user, @PathVariable String id) {
        int found = jdbc.sql("""
                        UPDATE inbox_message SET read_at = COALESCE(read_at, :now)
                        WHERE id = :id AND recipient = :user""")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("id", id)
                .param("user", user.getName())
                .update();
        if (found == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No message with this id in your inbox.");
        }
        return ResponseEntity.noContent().build();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    record Counts(long total, long unread) {
    }
}
