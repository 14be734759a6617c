package uk.familyagreements.query.audit;

import static uk.familyagreements.query.projection.Sql.ts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.familyagreements.query.projection.DeadLetteringProjection;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.cases.CaseOpenedEvent;
import uk.familyagreements.kernel.identity.AuditMetaData;

/**
 * Writes one audit row per agreement or case event. The row's key is the event id, so a redelivered event is
 * written once. Field values are remembered per aggregate so a change can say from what to what.
 */
@Component
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
class AuditTrailProjection extends DeadLetteringProjection {

    static final String PROCESSING_GROUP = "audit-trail";
    private static final String AGREEMENT_EVENTS = AgreementDraftedEvent.class.getPackageName();
    private static final String CASE_EVENTS = CaseOpenedEvent.class.getPackageName();
    private static final String CASE_FIELD = "_caseReference";
    /** Writes a field cleared to null as null (the service's mapper leaves nulls out). */
    private static final ObjectMapper PLAIN_JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditTrailProjection(JdbcClient jdbc, ObjectMapper json) {
        super(PROCESSING_GROUP);
        this.jdbc = jdbc;
        this.json = json;
    }

    record Change(String field, String from, String to) {
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> message, TrackingToken token) throws JsonProcessingException {
        String pkg = payload.getClass().getPackageName();
        boolean agreement = pkg.equals(AGREEMENT_EVENTS);
        if (!agreement && !pkg.equals(CASE_EVENTS)) {
            return;
        }
        String aggregateId = message.getAggregateIdentifier();
        boolean seen = jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_entry WHERE event_id = :e)")
                .param("e", message.getIdentifier()).query(Boolean.class).single();
        if (seen) {
            return;
        }
        Map<String, String> remembered = new HashMap<>();
        jdbc.sql("SELECT field, value FROM audit_agreement_field WHERE agreement_id = :id")
                .param("id", aggregateId)
                .query(rs -> {
                    remembered.put(rs.getString("field"), rs.getString("value"));
                });
        Map<String, String> fields = new LinkedHashMap<>(AuditDescription.fields(payload));
        if (payload instanceof AgreementDraftedEvent drafted) {
            fields.put(CASE_FIELD, drafted.caseReference().value());
        }
        List<Change> changes = new ArrayList<>();
        Map<String, String> changed = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String before = remembered.get(field.getKey());
            if (!Objects.equals(before, field.getValue())) {
                if (!field.getKey().startsWith("_")) {
                    changes.add(new Change(field.getKey(), before, field.getValue()));
                }
                changed.put(field.getKey(), field.getValue());
            }
        }
        if (!changed.isEmpty()) {
            // Every changed field in one statement: a rebuild replays a million events through here.
            jdbc.sql("""
                            INSERT INTO audit_agreement_field (agreement_id, field, value)
                            SELECT :id, f.key, f.value FROM jsonb_each_text(CAST(:changed AS jsonb)) AS f
                            ON CONFLICT (agreement_id, field) DO UPDATE SET value = EXCLUDED.value""")
                    .param("id", aggregateId).param("changed", PLAIN_JSON.writeValueAsString(changed)).update();
        }
        String caseReference = agreement ? fields.getOrDefault(CASE_FIELD, remembered.get(CASE_FIELD)) : aggregateId;
        jdbc.sql("""
                        INSERT INTO audit_entry (event_id, global_index, aggregate_id, sequence_number, agreement_id,
                            case_reference, occurred_at, username, roles, reason, event_type, summary, changes)
                        VALUES (:e, :g, :agg, :seq, :agreement, :ref, :at, :user, :roles, :reason, :type, :summary,
                            CAST(:changes AS jsonb))
                        ON CONFLICT (event_id) DO NOTHING""")
                .param("e", message.getIdentifier())
                .param("g", token == null ? -1L : token.position().orElse(-1))
                .param("agg", aggregateId).param("seq", message.getSequenceNumber())
                .param("agreement", agreement ? aggregateId : null).param("ref", caseReference)
                .param("at", ts(message.getTimestamp()))
                .param("user", meta(message, AuditMetaData.USER)).param("roles", meta(message, AuditMetaData.ROLES))
                .param("reason", meta(message, AuditMetaData.REASON))
                .param("type", payload.getClass().getSimpleName()).param("summary", AuditDescription.summary(payload))
                .param("changes", json.writeValueAsString(changes))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM audit_entry").update();
        jdbc.sql("DELETE FROM audit_agreement_field").update();
    }

    private static String meta(DomainEventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
