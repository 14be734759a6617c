package uk.familyagreements.app.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uk.familyagreements.app.support.IntegrationTest;
import uk.familyagreements.kernel.agreement.*;
import uk.familyagreements.kernel.cases.CaseOpenedEvent;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.identity.AuditMetaData;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;
import uk.familyagreements.query.projection.ProjectionPositions;

/**
 * Generates a large authority's history straight into the event store (with every processor stopped), rebuilds
 * the five view projections from it at once and reports their rates, then times caseload pages, team dashboards,
 * the service view and audit pages (through Spring MVC, and over HTTP on a signed-in session), reports the heap and
 * prints the query plans. Scale: {@code -Dbench.cases} (default 20000), three agreements per case, about 51.5
 * events per case. See docs/benchmarks.md for the command.
 */
class ViewsBenchmark extends IntegrationTest {

    private static final List<String> PROJECTIONS = List.of("caseload", "agreement-record", "audit-trail",
            "agreement-summary", "inbox");
    private static final int TEAMS = 20;
    private static final int PRACTITIONERS_PER_TEAM = 10;

    @Autowired
    DataSource dataSource;
    @Autowired
    Serializer serializer;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProjectionPositions positions;
    @Autowired
    WebApplicationContext context;
    @LocalServerPort
    int port;

    private final Random random = new Random(42);
    private final Instant now = Instant.now();

    @Test
    void benchmark() throws Exception {
        int cases = Integer.getInteger("bench.cases", 20_000);
        int requests = Integer.getInteger("bench.requests", 1_000);
        // Every tracking processor stops, not only the measured ones: the deadlines saga would otherwise schedule
        // Quartz jobs for a million generated events, and the inbox would notify for them, competing for the cores.
        for (String p : processing.eventProcessors().keySet()) {
            processing.eventProcessor(p, StreamingEventProcessor.class).ifPresent(StreamingEventProcessor::shutDown);
        }
        long kept = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE 'bench-%'")
                .query(Long.class).single();
        if (kept > 0) {
            // A database kept by an earlier run (bench.postgres.dir): its views are built, so only time the pages.
            report("reusing the %d generated events and the views already in the kept database", kept);
        } else {
            generateAndRebuild(cases);
        }
        // What autovacuum does soon after a rebuild in production: statistics, and the visibility map that lets
        // the dashboard's counts read their partial indexes alone.
        jdbc.sql("VACUUM (ANALYZE) caseload_case, caseload_agreement, caseload_due_item, caseload_escalation, "
                + "audit_entry").update();

        List<String> practitioners = jdbc.sql("SELECT DISTINCT practitioner FROM caseload_case").query(String.class)
                .list();
        List<String> teams = jdbc.sql("SELECT DISTINCT team FROM caseload_case").query(String.class).list();
        jdbc.sql("INSERT INTO service_area (service_code, name) VALUES ('bench-s', 'Bench') ON CONFLICT DO NOTHING")
                .update();
        for (String team : teams) {
            jdbc.sql("INSERT INTO team (team_code, name, service_code) VALUES (:t, :t, 'bench-s') "
                    + "ON CONFLICT DO NOTHING").param("t", team).update();
        }
        measure("caseload page (20 cases)", requests, i -> "/api/caseloads/"
                + practitioners.get(random.nextInt(practitioners.size())) + "?size=20&page=" + random.nextInt(5));
        measure("team dashboard", requests, i -> "/api/teams/" + teams.get(random.nextInt(teams.size()))
                + "/dashboard");
        measure("service view (all teams)", Math.max(50, requests / 10), i -> "/api/services/bench-s/dashboard");
        measure("audit trail of one agreement", requests, i -> "/api/audit?agreementId=bench-a-"
                + random.nextInt(cases * 3));
        SignedIn manager = signInAsBenchManager();
        measureHttp(manager, "caseload page (20 cases)", requests, i -> "/api/caseloads/bench-p-0-"
                + random.nextInt(PRACTITIONERS_PER_TEAM) + "?size=20&page=" + random.nextInt(5));
        measureHttp(manager, "team dashboard", requests, i -> "/api/teams/bench-t-0/dashboard");
        heap();

        plan("caseload cases", """
                EXPLAIN SELECT c.case_reference FROM caseload_case c WHERE c.practitioner = 'bench-p-0-0' AND c.open
                ORDER BY c.case_reference LIMIT 21 OFFSET 0""");
        plan("caseload agreements", """
                EXPLAIN SELECT a.agreement_id, nd.due_at FROM caseload_agreement a
                LEFT JOIN LATERAL (SELECT d.kind, d.due_at FROM caseload_due_item d
                    WHERE d.agreement_id = a.agreement_id AND d.done_at IS NULL ORDER BY d.due_at LIMIT 1) nd ON TRUE
                WHERE a.case_reference IN ('bench-c-0', 'bench-c-1') AND a.status NOT IN ('ENDED', 'DISCARDED')""");
        plan("dashboard overdue", """
                EXPLAIN SELECT * FROM caseload_due_item WHERE team = 'bench-t-0' AND done_at IS NULL
                AND due_at < now() ORDER BY due_at, agreement_id, item_key LIMIT 50""");
        plan("dashboard escalations", """
                EXPLAIN SELECT * FROM caseload_escalation WHERE team = 'bench-t-0' AND decided_at IS NULL
                ORDER BY raised_at, agreement_id, escalation_id LIMIT 50""");
        plan("dashboard idle drafts", """
                EXPLAIN SELECT * FROM caseload_agreement WHERE team = 'bench-t-0' AND status = 'DRAFT'
                AND last_activity_at < now() - interval '7 days' ORDER BY last_activity_at, agreement_id LIMIT 50""");
        plan("dashboard count of written agreements without a meeting", """
                EXPLAIN SELECT count(*) FROM caseload_agreement WHERE team = 'bench-t-0' AND kind = 'WRITTEN'
                AND status = 'IN_FORCE' AND meeting_arranged_at IS NULL""");
        plan("dashboard agreements with warnings", """
                EXPLAIN SELECT * FROM caseload_agreement WHERE team = 'bench-t-0' AND warnings_count > 0
                AND status NOT IN ('ENDED', 'DISCARDED') ORDER BY warnings_count DESC, drafted_at, agreement_id
                LIMIT 50""");
        plan("audit by agreement", """
                EXPLAIN SELECT * FROM audit_entry WHERE agreement_id = 'bench-a-1' ORDER BY global_index, event_id
                LIMIT 51""");
    }

    /** Writes the history of {@code cases} cases, then replays every view from position 0 and reports the rates. */
    private void generateAndRebuild(int cases) throws Exception {
        long started = System.nanoTime();
        long events = generate(cases);
        double generateSeconds = (System.nanoTime() - started) / 1e9;
        report("generated %d cases, %d agreements, %d events in %.1f s", cases, cases * 3, events, generateSeconds);
        jdbc.sql("ANALYZE").update();

        long head = jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single();
        long total = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
        // All the views replay at once, as after a deploy that resets them; each reports when it reaches the head.
        long t0 = System.nanoTime();
        for (String p : PROJECTIONS) {
            StreamingEventProcessor processor = processor(p);
            processor.resetTokens();
            processor.start();
        }
        List<String> waiting = new ArrayList<>(PROJECTIONS);
        while (!waiting.isEmpty()) {
            Thread.sleep(500);
            for (String p : List.copyOf(waiting)) {
                if (positions.position(p) >= head) {
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    report("rebuilt %s (concurrently with the others): %d events in %.1f s = %.0f events/s", p,
                            total, seconds, total / seconds);
                    waiting.remove(p);
                }
            }
        }
        jdbc.sql("ANALYZE").update();
        skipToHead(head);
    }

    private interface Path {
        String of(int i);
    }

    /**
     * Times the view itself: Spring MVC dispatch, the controller, its SQL and the JSON, without the HTTP socket and
     * without the security filter chain (whose per-request BCrypt check of HTTP Basic costs more than the view).
     */
    private void measure(String name, int count, Path path) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        for (int i = 0; i < Math.min(100, count); i++) {
            mvc.perform(MockMvcRequestBuilders.get(path.of(i))).andReturn();
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            String p = path.of(i);
            long t0 = System.nanoTime();
            int status = mvc.perform(MockMvcRequestBuilders.get(p)).andReturn().getResponse().getStatus();
            nanos[i] = System.nanoTime() - t0;
            if (status != 200) {
                throw new IllegalStateException(p + " answered " + status);
            }
        }
        Arrays.sort(nanos);
        report("%s, %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", name, count,
                nanos[count / 2] / 1e6, nanos[(int) (count * 0.95)] / 1e6, nanos[(int) (count * 0.99)] / 1e6,
                nanos[count - 1] / 1e6);
    }

    private record SignedIn(HttpClient client, String cookie) {
    }

    /**
     * Puts the generated team 0 and its practitioners in the staff directory with a team manager, and signs that
     * manager in with the form, as a browser does: the pages then ride on the session cookie.
     */
    private SignedIn signInAsBenchManager() throws Exception {
        for (int p = 0; p < PRACTITIONERS_PER_TEAM; p++) {
            staffMember("bench-p-0-" + p, "PRACTITIONER");
        }
        staffMember("bench-m-0", "TEAM_MANAGER");
        jdbc.sql("""
                INSERT INTO staff_credential (username, password_hash)
                SELECT 'bench-m-0', password_hash FROM staff_credential WHERE username = :manager
                ON CONFLICT DO NOTHING""").param("manager", MANAGER).update();
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in form has no CSRF token");
        }
        String body = "username=bench-m-0&password=" + URLEncoder.encode(MANAGER_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies(form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String session = cookies(signedIn);
        if (signedIn.statusCode() != 302 || !session.contains("FASESSION=")
                || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
        }
        return new SignedIn(client, session);
    }

    private void staffMember(String username, String role) {
        jdbc.sql("""
                INSERT INTO staff_member (username, display_name, role, team_code)
                VALUES (:u, :u, :role, 'bench-t-0') ON CONFLICT DO NOTHING""")
                .param("u", username).param("role", role).update();
    }

    private static String cookies(HttpResponse<?> response) {
        return String.join("; ", response.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0]).toList());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /**
     * The page's request over real HTTP on a signed-in session: socket, the whole security chain (session, CSRF,
     * the authorisation filter's scope check and its access audit row), the view and the JSON.
     */
    private void measureHttp(SignedIn user, String name, int count, Path path) throws Exception {
        long[] nanos = new long[count];
        for (int i = -Math.min(100, count); i < count; i++) {
            String p = path.of(i);
            long t0 = System.nanoTime();
            HttpResponse<String> response = user.client().send(HttpRequest.newBuilder(uri(p))
                    .header("Cookie", user.cookie()).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(p + " answered " + response.statusCode());
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        report("%s over HTTP, signed in (session), %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms", name, count, nanos[count / 2] / 1e6, nanos[(int) (count * 0.95)] / 1e6,
                nanos[(int) (count * 0.99)] / 1e6, nanos[count - 1] / 1e6);
    }

    /**
     * Moves the processors the benchmark does not measure to the head of the store, where a live service's would
     * be: a database kept with {@code bench.postgres.dir} then starts without replaying the generated history into
     * Quartz and the inbox.
     */
    private void skipToHead(long head) {
        TrackingToken token = GapAwareTrackingToken.newInstance(head, List.of());
        SerializedObject<byte[]> serialized = serializer.serialize(token, byte[].class);
        int rows = jdbc.sql("""
                        UPDATE token_entry SET token = :token, token_type = :type
                        WHERE processor_name NOT IN (:measured)""")
                .param("token", serialized.getData()).param("type", serialized.getType().getName())
                .param("measured", PROJECTIONS).update();
        report("moved %d token rows of the unmeasured processors to position %d", rows, head);
    }

    /** Heap after a full collection with every view loaded, against the JVM's ceiling ({@code -Xmx}). */
    private void heap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        report("heap: max %d MiB, used after GC %d MiB, sum of pool peaks %d MiB", runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, peak >> 20);
    }

    private void plan(String name, String sql) {
        report("plan of %s:%n  %s", name, String.join("\n  ", jdbc.sql(sql).query(String.class).list()));
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    // ---- the generator

    private long generate(int cases) throws Exception {
        long written = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        meta_data, payload, payload_revision, payload_type, time_stamp)
                    VALUES (?, ?, ?, ?, ?, ?, '1', ?, ?)""")) {
                int batched = 0;
                for (int c = 0; c < cases; c++) {
                    for (Row row : caseHistory(c)) {
                        insert.setString(1, row.aggregateId());
                        insert.setLong(2, row.sequence());
                        insert.setString(3, row.type());
                        insert.setString(4, UUID.randomUUID().toString());
                        insert.setBytes(5, serializer.serialize(row.metaData(), byte[].class).getData());
                        insert.setBytes(6, serializer.serialize(row.payload(), byte[].class).getData());
                        insert.setString(7, row.payload().getClass().getName());
                        insert.setString(8, row.at().toString());
                        insert.addBatch();
                        written++;
                        if (++batched == 2_000) {
                            insert.executeBatch();
                            connection.commit();
                            batched = 0;
                        }
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }
        return written;
    }

    private record Row(String type, String aggregateId, long sequence, Instant at, Object payload,
                       Map<String, String> metaData) {
    }

    /** One case and its three agreements: a third still drafts, a third in force, a third ended. */
    private List<Row> caseHistory(int c) {
        List<Row> rows = new ArrayList<>();
        int team = c % TEAMS;
        String practitioner = "bench-p-" + team + "-" + (c / TEAMS) % PRACTITIONERS_PER_TEAM;
        CaseReference ref = new CaseReference("bench-c-" + c);
        Instant opened = now.minus(Duration.ofHours(24 * 60 + random.nextInt(24 * 30)));
        rows.add(new Row("Case", ref.value(), 0, opened, new CaseOpenedEvent(ref, "Child " + c, practitioner,
                "bench-t-" + team), meta("case-feed")));
        for (int k = 0; k < 3; k++) {
            rows.addAll(agreementHistory(ref, c * 3 + k, practitioner, opened.plus(Duration.ofHours(k * 24L)),
                    (c + k) % 3));
        }
        return rows;
    }

    private List<Row> agreementHistory(CaseReference ref, int n, String practitioner, Instant start, int fate) {
        List<Row> rows = new ArrayList<>();
        AgreementId id = new AgreementId("bench-a-" + n);
        boolean written = n % 2 == 0;
        AgreementKind kind = written ? AgreementKind.WRITTEN : AgreementKind.WORKING;
        Instant[] clock = {start};
        long[] seq = {0};
        java.util.function.BiConsumer<Object, String> add = (payload, user) -> {
            clock[0] = clock[0].plus(Duration.ofMinutes(5 + random.nextInt(600)));
            rows.add(new Row("Agreement", id.value(), seq[0]++, clock[0], payload, meta(user)));
        };
        add.accept(new AgreementDraftedEvent(id, ref, kind, written ? Involvement.SAFETY_PLAN
                : Involvement.CIN_ASSESSMENT, "Keep the child safe and well at home", "Worries raised by school",
                written ? null : LocalDate.ofInstant(start, java.time.ZoneOffset.UTC)), practitioner);
        add.accept(new PartyAddedEvent(id, 1, new Party("p1", "Parent " + n, PartyRole.PARENT, false, true)),
                practitioner);
        add.accept(new PartyAddedEvent(id, 1, new Party("p2", practitioner, PartyRole.SOCIAL_WORKER, false, true)),
                practitioner);
        add.accept(new CommitmentAddedEvent(id, 1, new Commitment("c1", "p1", Undertaking.WILL,
                "take the child to school", "every weekday by 8.45", false)), practitioner);
        add.accept(new CommitmentAddedEvent(id, 1, new Commitment("c2", "p2", Undertaking.WILL,
                "visit the family at home", "every Tuesday", false)), practitioner);
        add.accept(new PartyAddedEvent(id, 1, new Party("p3", "Second parent " + n, PartyRole.PARENT, false, true)),
                practitioner);
        add.accept(new CommitmentAddedEvent(id, 1, new Commitment("c3", "p3", Undertaking.WILL_NOT,
                "leave the child with anyone not named here", "at any time", false)), practitioner);
        add.accept(new WarningsRecordedEvent(id, 1, new ContentHash("h" + n), n % 5 == 0 ? List.of(
                new RuleViolation(RuleCode.JARGON, "purpose", "Say it in full")) : List.of()), practitioner);
        if (fate == 0) {
            return rows;
        }
        Instant periodStart = clock[0].plus(Duration.ofDays(1));
        Period period = new Period(periodStart, periodStart.plus(Duration.ofDays(written ? 14 : 90)), "");
        ReviewPoint review = new ReviewPoint("r1", periodStart.plus(Duration.ofDays(7)));
        add.accept(new PeriodSetEvent(id, 1, period), practitioner);
        add.accept(new ReviewPointAddedEvent(id, 1, review), practitioner);
        add.accept(new ContingencyPlanSetEvent(id, 1, "Call the duty team"), practitioner);
        add.accept(new ConsequencesSetEvent(id, 1, "We may ask the court to decide"), practitioner);
        add.accept(new AgreementApprovedEvent(id, 1, new ContentHash("h" + n), "manager", null), "manager");
        add.accept(new ConsentCheckRecordedEvent(id, 1, "p1", new ConsentCheck(Understanding.READ_IT_THEMSELVES, "",
                false, false, true, true, true)), practitioner);
        add.accept(new ConsentCheckRecordedEvent(id, 1, "p3", new ConsentCheck(Understanding.READ_TO_THEM, "",
                false, false, true, true, true)), practitioner);
        add.accept(new SignatureRecordedEvent(id, 1, "p1", new ContentHash("h" + n), clock[0]), practitioner);
        add.accept(new SignatureRecordedEvent(id, 1, "p3", new ContentHash("h" + n), clock[0]), practitioner);
        add.accept(new SignatureRecordedEvent(id, 1, "p2", new ContentHash("h" + n), clock[0]), practitioner);
        add.accept(new AgreementCameIntoForceEvent(id, ref, kind, 1, new ContentHash("h" + n), clock[0], period,
                List.of(review)), practitioner);
        if (n % 4 != 0) {
            add.accept(new CopySentEvent(id, 1, "Parent " + n, CopyMethod.BY_HAND, clock[0]), practitioner);
        }
        if (fate == 1) {
            return rows;
        }
        add.accept(new MeetingArrangedEvent(id, clock[0].plus(Duration.ofDays(2)), ""), practitioner);
        add.accept(new ReviewRecordedEvent(id, "r1", ReviewOutcome.CONTINUE, "Going well", clock[0]), practitioner);
        add.accept(new AgreementEndedEvent(id, ref, EndReason.CONCLUDED, "", clock[0]), practitioner);
        return rows;
    }

    private static Map<String, String> meta(String user) {
        return Map.of(AuditMetaData.USER, user, AuditMetaData.ROLES, "PRACTITIONER");
    }

    private static void report(String format, Object... args) {
        System.out.printf("BENCHMARK " + format + "%n", args);
    }
}
