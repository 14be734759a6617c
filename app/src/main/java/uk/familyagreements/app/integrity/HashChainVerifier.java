package uk.familyagreements.app.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes each aggregate's chain from the stored events, in Java, independently of the trigger that wrote it,
 * and compares it link by link with event_hash_chain. The first event whose recomputed hash differs, whose link is
 * missing, or whose predecessor is missing, is named.
 */
@Component
public class HashChainVerifier {

    static final byte[] GENESIS = new byte[32];

    /** The outcome for one aggregate. {@code firstBroken} is null when the chain is intact. */
    public record Report(String aggregateId, boolean intact, long eventsChecked, BrokenLink firstBroken) {
    }

    public record BrokenLink(long sequenceNumber, String eventIdentifier, String reason) {
    }

    public record Summary(boolean intact, long aggregatesChecked, long eventsChecked, List<Report> broken) {
    }

    private final JdbcClient jdbc;

    HashChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the service holds no events for this id. */
    public Optional<Report> verify(String aggregateId) {
        Walker walker = new Walker();
        jdbc.sql(EVENTS + " WHERE e.aggregate_identifier = :id ORDER BY e.sequence_number")
                .param("id", aggregateId).query(walker);
        List<Report> reports = walker.finish();
        Optional<Report> report = reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(0));
        return report.or(() -> orphanLinks(aggregateId));
    }

    public Summary verifyAll() {
        Walker walker = new Walker();
        jdbc.sql(EVENTS + " ORDER BY e.aggregate_identifier, e.sequence_number").query(walker);
        List<Report> reports = new ArrayList<>(walker.finish());
        List<String> withoutEvents = jdbc.sql("""
                        SELECT DISTINCT h.aggregate_identifier FROM event_hash_chain h
                        WHERE NOT EXISTS (SELECT 1 FROM domain_event_entry e
                                          WHERE e.aggregate_identifier = h.aggregate_identifier)""")
                .query(String.class).list();
        withoutEvents.forEach(id -> orphanLinks(id).ifPresent(reports::add));
        List<Report> broken = reports.stream().filter(report -> !report.intact()).toList();
        long events = reports.stream().mapToLong(Report::eventsChecked).sum();
        return new Summary(broken.isEmpty(), reports.size(), events, broken);
    }

    /** Links whose events are gone: the whole history of an aggregate was deleted. */
    private Optional<Report> orphanLinks(String aggregateId) {
        return jdbc.sql("""
                        SELECT sequence_number, event_identifier FROM event_hash_chain
                        WHERE aggregate_identifier = :id ORDER BY sequence_number LIMIT 1""")
                .param("id", aggregateId)
                .query((rs, row) -> new Report(aggregateId, false, 0, new BrokenLink(rs.getLong(1), rs.getString(2),
                        "The event is missing from the store.")))
                .optional();
    }

    // Events left-joined with their links; links whose event was deleted show up as a gap in the sequence.
    private static final String EVENTS = """
            SELECT e.aggregate_identifier, e.sequence_number, e.event_identifier, e.type, e.payload_type,
                   e.payload_revision, e.time_stamp, e.meta_data, e.payload, h.previous_hash, h.hash,
                   (SELECT max(sequence_number) FROM event_hash_chain l
                     WHERE l.aggregate_identifier = e.aggregate_identifier) AS last_linked
            FROM domain_event_entry e
            LEFT JOIN event_hash_chain h ON h.global_index = e.global_index""";

    private static final class Walker implements RowCallbackHandler {
        private final List<Report> reports = new ArrayList<>();
        private String aggregate;
        private byte[] previous;
        private long expectedSequence;
        private long checked;
        private long lastLinked;
        private BrokenLink broken;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            String id = rs.getString("aggregate_identifier");
            if (!id.equals(aggregate)) {
                close();
                aggregate = id;
                previous = GENESIS;
                expectedSequence = rs.getLong("sequence_number") == 0 ? 0 : -1;
                checked = 0;
                broken = null;
                lastLinked = rs.getLong("last_linked");
            }
            if (broken != null) {
                return;
            }
            checked++;
            long sequence = rs.getLong("sequence_number");
            String eventId = rs.getString("event_identifier");
            byte[] storedHash = rs.getBytes("hash");
            if (expectedSequence == -1 || sequence != expectedSequence) {
                broken = new BrokenLink(Math.max(expectedSequence, 0), eventId,
                        "An earlier event is missing from the store.");
                return;
            }
            if (storedHash == null) {
                broken = new BrokenLink(sequence, eventId, "The event has no link in the hash chain.");
                return;
            }
            byte[] computed = hash(previous, rs);
            if (!Arrays.equals(rs.getBytes("previous_hash"), previous) || !Arrays.equals(computed, storedHash)) {
                broken = new BrokenLink(sequence, eventId, "The event differs from what was stored.");
                return;
            }
            previous = storedHash;
            expectedSequence = sequence + 1;
        }

        private void close() {
            if (aggregate == null) {
                return;
            }
            if (broken == null && lastLinked >= expectedSequence) {
                broken = new BrokenLink(expectedSequence, null, "A later event is missing from the store.");
            }
            reports.add(new Report(aggregate, broken == null, checked, broken));
        }

        List<Report> finish() {
            close();
            aggregate = null;
            return reports;
        }
    }

    /** The same formula as the database function event_hash (migration V2026_12_04_02). */
    static byte[] hash(byte[] previous, ResultSet rs) throws SQLException {
        MessageDigest chain = sha256();
        chain.update(previous);
        chain.update(digest(text(rs.getString("aggregate_identifier"))));
        chain.update(digest(text(Long.toString(rs.getLong("sequence_number")))));
        chain.update(digest(text(rs.getString("event_identifier"))));
        chain.update(digest(text(rs.getString("type"))));
        chain.update(digest(text(rs.getString("payload_type"))));
        chain.update(digest(text(rs.getString("payload_revision"))));
        chain.update(digest(text(rs.getString("time_stamp"))));
        byte[] metaData = rs.getBytes("meta_data");
        chain.update(digest(metaData == null ? new byte[0] : metaData));
        chain.update(digest(rs.getBytes("payload")));
        return chain.digest();
    }

    private static byte[] text(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] digest(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", impossible);
        }
    }
}
