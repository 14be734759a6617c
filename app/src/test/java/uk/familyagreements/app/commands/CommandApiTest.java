package uk.familyagreements.app.commands;

import java.util.List;
import java.util.Map;
import uk.familyagreements.app.support.IntegrationTest;

/** What the command API tests share: clients for the two demo users, and a look into the event store. */
abstract class CommandApiTest extends IntegrationTest {


    protected Commands practitioner() {
        return new Commands(asPractitioner());
    }

    protected Commands manager() {
        return new Commands(asManager());
    }

    /** A consent check on which a family member may sign: every question answered as the guidance asks. */
    protected static Map<String, Object> consentGiven(String partyId, String understanding) {
        return Map.of("partyId", partyId, "understanding", understanding, "capacityInDoubt", false,
                "advisedToSeekLegalAdvice", true, "toldMayBringSupporter", true, "signingFreely", true);
    }

    protected long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", aggregateId).query(Long.class).single();
    }

    protected long eventsOfType(String aggregateId, String eventClass) {
        return jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = :id AND payload_type = :type""")
                .param("id", aggregateId).param("type", "uk.familyagreements.kernel." + eventClass)
                .query(Long.class).single();
    }

    /**
     * The content hash of the agreement's current version, as the family would see it printed: the content folded
     * from the stored events, hashed by the same canonical form the aggregate uses.
     */
    /**
     * The hash a client signs, read the way a client reads it: from the agreement's record, once the record has
     * caught up with the agreement's latest event.
     */
    @SuppressWarnings("unchecked")
    protected String currentContentHash(String agreementId) {
        long latest = jdbc.sql("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", agreementId).query(Long.class).single();
        Map<String, Object> record = http.withBasicAuth("alex.auditor", "demo-auditor")
                .getForObject("/api/agreements/" + agreementId + "/record?minVersion=" + latest, Map.class);
        int current = ((Number) record.get("currentVersion")).intValue();
        return ((List<Map<String, Object>>) record.get("versions")).stream()
                .filter(v -> ((Number) v.get("version")).intValue() == current)
                .map(v -> (String) v.get("contentHash"))
                .findFirst().orElseThrow();
    }

    /** The metadata of the agreement's latest event, as stored. */
    protected String latestMetaData(String aggregateId) {
        return jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry
                        WHERE aggregate_identifier = :id ORDER BY sequence_number DESC LIMIT 1""")
                .param("id", aggregateId).query(String.class).single();
    }
}
