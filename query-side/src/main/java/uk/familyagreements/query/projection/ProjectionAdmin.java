package uk.familyagreements.query.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a projection in place while the service runs: stop its processor here, reset its tokens (its reset
 * handler empties its tables in the same transaction), start it again, and report progress against the store's
 * head as it was when the rebuild started. See ADR 0030 for why the view is emptied rather than shadowed.
 */
@Component
public class ProjectionAdmin {

    /** The projections an operator may rebuild, by processing group. */
    public static final Set<String> PROJECTIONS = Set.of("caseload", "agreement-record", "audit-trail",
            "agreement-summary");

    private final EventProcessingConfiguration processing;
    private final ProjectionPositions positions;
    private final JdbcClient jdbc;
    private final Savepoints savepoints;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();

    public ProjectionAdmin(EventProcessingConfiguration processing, ProjectionPositions positions, JdbcClient jdbc,
                           Savepoints savepoints) {
        this.processing = processing;
        this.positions = positions;
        this.jdbc = jdbc;
        this.savepoints = savepoints;
    }

    private record Rebuild(Instant startedAt, long startPosition, long target) {
    }

    /** What an operator sees of a projection, rebuilding or not. */
    public record Status(String projection, boolean running, boolean rebuilding, long position, long head,
                         Instant rebuildStartedAt, long eventsDone, long eventsTotal, double eventsPerSecond,
                         Long secondsLeft, long deadLetters) {
    }

    public Status rebuild(String projection) {
        StreamingEventProcessor processor = processor(projection);
        long head = head();
        processor.shutDown();
        processor.resetTokens();
        rebuilds.put(projection, new Rebuild(clock.instant(), -1, head));
        processor.start();
        return status(projection);
    }

    public Status status(String projection) {
        StreamingEventProcessor processor = processor(projection);
        long position = positions.position(projection);
        long head = head();
        long deadLetters = jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = :g")
                .param("g", projection).query(Long.class).single();
        Rebuild rebuild = rebuilds.get(projection);
        if (rebuild == null) {
            return new Status(projection, processor.isRunning(), false, position, head, null, 0, 0, 0, null,
                    deadLetters);
        }
        long done = Math.max(0, position - rebuild.startPosition());
        long total = Math.max(1, rebuild.target() - rebuild.startPosition());
        boolean rebuilding = position < rebuild.target();
        double seconds = Math.max(0.001, Duration.between(rebuild.startedAt(), clock.instant()).toMillis() / 1000.0);
        double rate = done / seconds;
        Long left = !rebuilding ? Long.valueOf(0) : rate <= 0 ? null : (long) Math.ceil((total - done) / rate);
        return new Status(projection, processor.isRunning(), rebuilding, position, head, rebuild.startedAt(),
                Math.min(done, total), total, Math.round(rate * 10) / 10.0, left, deadLetters);
    }

    /** Retries every dead-lettered sequence of the projection; answers how many sequences now went through. */
    public int retryDeadLetters(String projection) {
        processor(projection);
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(projection)
                .orElseThrow(() -> new IllegalStateException("No dead-letter queue for " + projection));
        // A dead letter's retry that fails again must roll back alone and stay in the queue.
        savepoints.beCareful(projection);
        int processed = 0;
        // processAny takes each sequence once per call; stop when a pass makes no progress.
        while (letters.processAny()) {
            processed++;
        }
        return processed;
    }

    private StreamingEventProcessor processor(String projection) {
        if (!PROJECTIONS.contains(projection)) {
            throw new UnknownProjectionException(projection);
        }
        return processing.eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownProjectionException(projection));
    }

    private long head() {
        Long head = jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single();
        return head == null ? -1 : head;
    }

    /** The name is not one of the rebuildable projections. */
    public static class UnknownProjectionException extends RuntimeException {
        public UnknownProjectionException(String projection) {
            super("No projection is called " + projection);
        }
    }
}
