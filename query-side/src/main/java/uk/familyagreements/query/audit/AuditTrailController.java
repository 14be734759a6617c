package uk.familyagreements.query.audit;

import static uk.familyagreements.query.projection.Sql.instant;
import static uk.familyagreements.query.projection.Sql.ts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.familyagreements.query.projection.Freshness;
import uk.familyagreements.query.projection.Paging;
import uk.familyagreements.query.projection.ProjectionPositions;

/** The audit trail, a page at a time or exported whole as CSV or JSON, filtered the same way. */
@RestController
@RequestMapping("/api/audit")
class AuditTrailController {

    /** An export is bounded so one request cannot hold a connection for ever; narrow the filters beyond it. */
    static final int MAX_EXPORT_ROWS = 100_000;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ProjectionPositions positions;

    AuditTrailController(JdbcClient jdbc, ObjectMapper json, ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.json = json;
        this.positions = positions;
    }

    record Entry(long position, String eventId, Instant at, String user, String roles, String reason,
                 String agreementId, String caseReference, String aggregateId, long sequenceNumber, String event,
                 String what, List<AuditTrailProjection.Change> changes) {
    }

    private record Filter(String agreementId, String caseReference, String user, Instant from, Instant to) {

        String where() {
            List<String> conditions = new ArrayList<>();
            conditions.add("TRUE");
            if (agreementId != null) {
                conditions.add("agreement_id = :agreementId");
            }
            if (caseReference != null) {
                conditions.add("case_reference = :caseReference");
            }
            if (user != null) {
                conditions.add("username = :user");
            }
            if (from != null) {
                conditions.add("occurred_at >= :from");
            }
            if (to != null) {
                conditions.add("occurred_at < :to");
            }
            return String.join(" AND ", conditions);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.param("agreementId", agreementId).param("caseReference", caseReference)
                    .param("user", user).param("from", ts(from)).param("to", ts(to));
        }
    }

    @GetMapping
    ResponseEntity<Paging.Page<Entry>> page(@RequestParam(required = false) String agreementId,
                                            @RequestParam(required = false) String caseReference,
                                            @RequestParam(required = false) String user,
                                            @RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) Long consistencyToken) {
        Filter filter = filter(agreementId, caseReference, user, from, to);
        int p = Paging.page(page);
        int s = Paging.size(size, 50);
        Freshness freshness = positions.awaitPosition(AuditTrailProjection.PROCESSING_GROUP,
                consistencyToken == null ? -1 : consistencyToken);
        List<Entry> rows = filter.bind(jdbc.sql(select(filter) + " LIMIT :limit OFFSET :offset"))
                .param("limit", s + 1).param("offset", (long) p * s)
                .query((rs, n) -> entry(rs)).list();
        boolean hasNext = rows.size() > s;
        return ResponseEntity.ok().headers(freshness.headers())
                .body(new Paging.Page<>(hasNext ? rows.subList(0, s) : rows, p, s, hasNext, freshness.position()));
    }

    /** The whole filtered trail as a file: {@code format=csv} (default) or {@code format=json}. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String agreementId,
                                                 @RequestParam(required = false) String caseReference,
                                                 @RequestParam(required = false) String user,
                                                 @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String format) {
        Filter filter = filter(agreementId, caseReference, user, from, to);
        boolean csv = "csv".equals(Paging.oneOf("format", format, Set.of("csv", "json"), "csv"));
        List<Entry> rows = filter.bind(jdbc.sql(select(filter) + " LIMIT " + MAX_EXPORT_ROWS))
                .query((rs, n) -> entry(rs)).list();
        StreamingResponseBody body = out -> {
            if (csv) {
                writeCsv(rows, out);
            } else {
                json.writeValue(out, rows);
            }
        };
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail." + (csv ? "csv" : "json")
                        + "\"")
                .body(body);
    }

    private static Filter filter(String agreementId, String caseReference, String user, String from, String to) {
        Instant fromInstant = Paging.instant("from", from);
        Instant toInstant = Paging.instant("to", to);
        if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
            throw Paging.bad("to", "The end of the time range must be after its start.");
        }
        return new Filter(blank(agreementId), blank(caseReference), blank(user), fromInstant, toInstant);
    }

    private static String select(Filter filter) {
        return """
                SELECT event_id, global_index, aggregate_id, sequence_number, agreement_id, case_reference,
                       occurred_at, username, roles, reason, event_type, summary, changes::text AS changes
                FROM audit_entry WHERE %s ORDER BY global_index, event_id""".formatted(filter.where());
    }

    private Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<AuditTrailProjection.Change> changes;
        try {
            changes = json.readValue(rs.getString("changes"), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored audit row cannot be read", e);
        }
        return new Entry(rs.getLong("global_index"), rs.getString("event_id"), instant(rs, "occurred_at"),
                rs.getString("username"), rs.getString("roles"), rs.getString("reason"),
                rs.getString("agreement_id"), rs.getString("case_reference"), rs.getString("aggregate_id"),
                rs.getLong("sequence_number"), rs.getString("event_type"), rs.getString("summary"), changes);
    }

    private static void writeCsv(List<Entry> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("position,at,user,roles,agreement_id,case_reference,event,what,field,from,to,reason\r\n");
        for (Entry row : rows) {
            List<AuditTrailProjection.Change> changes = row.changes().isEmpty()
                    ? List.of(new AuditTrailProjection.Change(null, null, null)) : row.changes();
            // One line per changed field, so a spreadsheet can filter on the field.
            for (AuditTrailProjection.Change change : changes) {
                writer.write(String.join(",", List.of(Long.toString(row.position()), cell(row.at()),
                        cell(row.user()), cell(row.roles()), cell(row.agreementId()), cell(row.caseReference()),
                        cell(row.event()), cell(row.what()), cell(change.field()), cell(change.from()),
                        cell(change.to()), cell(row.reason()))));
                writer.write("\r\n");
            }
        }
        writer.flush();
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never runs a cell. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
