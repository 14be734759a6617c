package uk.familyagreements.app.clocks;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts the outcome events the clocks caused, per agreement, straight from the event store. */
final class Outcomes {

    private Outcomes() {
    }

    static Map<String, Long> reminders(JdbcClient jdbc) {
        return count(jdbc, "uk.familyagreements.kernel.agreement.ReminderIssuedEvent");
    }

    /** Escalations raised by a clock (not the ones a breach raises with its event). */
    static Map<String, Long> escalations(JdbcClient jdbc) {
        return count(jdbc, "uk.familyagreements.kernel.agreement.EscalationRaisedEvent");
    }

    private static Map<String, Long> count(JdbcClient jdbc, String payloadType) {
        return jdbc.sql("""
                        SELECT aggregate_identifier, count(*) AS n FROM domain_event_entry
                        WHERE payload_type = :type GROUP BY aggregate_identifier""")
                .param("type", payloadType)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
