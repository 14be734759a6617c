package uk.familyagreements.query.projection;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far a projection has read the event store: the lowest position over its segments, read from the token table
 * so that every node answers the same, whichever node processes the segments.
 */
@Component
public class ProjectionPositions {

    /** Longest a request may wait for a projection to catch up; beyond it the answer says it is not fresh. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Serializer serializer;

    public ProjectionPositions(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The global index every segment has passed, or -1 when a segment has not started. */
    public long position(String processingGroup) {
        List<TrackingToken> tokens = jdbc.sql("SELECT token, token_type FROM token_entry WHERE processor_name = :p")
                .param("p", processingGroup)
                .query((rs, n) -> {
                    byte[] bytes = rs.getBytes("token");
                    String type = rs.getString("token_type");
                    if (bytes == null || type == null) {
                        return null;
                    }
                    return (TrackingToken) serializer.deserialize(
                            new SimpleSerializedObject<>(bytes, byte[].class, new SimpleSerializedType(type, null)));
                })
                .list();
        if (tokens.isEmpty()) {
            return -1;
        }
        long lowest = Long.MAX_VALUE;
        for (TrackingToken token : tokens) {
            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
            lowest = Math.min(lowest, position.orElse(-1));
        }
        return lowest;
    }

    /** The global index of an aggregate's event with this sequence number, if it is stored. */
    public OptionalLong globalIndexOf(String aggregateId, long sequenceNumber) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = :id "
                        + "AND sequence_number = :seq")
                .param("id", aggregateId).param("seq", sequenceNumber).query(Long.class).optional()
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * Waits (at most {@link #MAX_WAIT}) until the projection has passed {@code globalIndex}; answers whether it has.
     * A request that asks for nothing to wait for ({@code globalIndex < 0}) is fresh by definition.
     */
    public Freshness awaitPosition(String processingGroup, long globalIndex) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        long position = position(processingGroup);
        while (globalIndex >= 0 && position < globalIndex && System.nanoTime() < deadline) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            position = position(processingGroup);
        }
        return new Freshness(processingGroup, position, globalIndex < 0 || position >= globalIndex);
    }

    /** Waits until the projection has applied the agreement's (or case's) event with this sequence number. */
    public Freshness awaitAggregate(String processingGroup, String aggregateId, Long minVersion) {
        if (minVersion == null) {
            return awaitPosition(processingGroup, -1);
        }
        return awaitPosition(processingGroup, globalIndexOf(aggregateId, minVersion).orElse(-1));
    }
}
