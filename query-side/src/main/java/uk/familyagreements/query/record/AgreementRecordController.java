package uk.familyagreements.query.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.familyagreements.kernel.identity.AuditMetaData;
import uk.familyagreements.query.projection.Freshness;
import uk.familyagreements.query.projection.Paging;
import uk.familyagreements.query.projection.ProjectionPositions;

/** The agreement record, now (from the projection) or as it stood at an instant (from the event store). */
@RestController
@RequestMapping("/api/agreements")
class AgreementRecordController {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final EventStore eventStore;
    private final ProjectionPositions positions;

    AgreementRecordController(JdbcClient jdbc, ObjectMapper json, EventStore eventStore,
                              ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.json = json;
        this.eventStore = eventStore;
        this.positions = positions;
    }

    /**
     * The full record. {@code minVersion} (the version a command answered with) makes the request wait, briefly,
     * until the record includes that change.
     */
    @GetMapping("/{agreementId}/record")
    ResponseEntity<AgreementRecord> record(@PathVariable String agreementId,
                                           @RequestParam(required = false) Long minVersion) {
        Freshness freshness = positions.awaitAggregate(AgreementRecordProjection.PROCESSING_GROUP, agreementId,
                minVersion);
        AgreementRecord record = jdbc.sql("SELECT document FROM agreement_record WHERE agreement_id = :id")
                .param("id", agreementId).query(String.class).optional().map(this::read)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No agreement has this id."));
        return ResponseEntity.ok().headers(freshness.headers()).eTag("\"" + record.aggregateVersion + "\"")
                .body(record);
    }

    /**
     * The agreement exactly as it stood at {@code asOf}: its events recorded up to that instant, read from the event
     * store and folded. Not found when the agreement did not yet exist then.
     */
    @GetMapping(value = "/{agreementId}", params = "asOf")
    ResponseEntity<AgreementRecord> asItStood(@PathVariable String agreementId, @RequestParam String asOf) {
        Instant instant = Paging.instant("asOf", asOf);
        if (instant == null) {
            throw Paging.bad("asOf", "Give an ISO-8601 instant such as 2026-12-01T09:30:00Z.");
        }
        AgreementRecord record = new AgreementRecord();
        // From sequence 0, so that a snapshot never stands in for the events themselves.
        eventStore.readEvents(agreementId, 0).asStream()
                .filter(message -> !message.getTimestamp().isAfter(instant))
                .forEach(message -> AgreementRecordFold.apply(record, message.getPayload(), meta(message)));
        if (record.agreementId == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No agreement had this id at that time.");
        }
        return ResponseEntity.ok().eTag("\"" + record.aggregateVersion + "\"").body(record);
    }

    private static AgreementRecordFold.Meta meta(DomainEventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        Object user = metaData.get(AuditMetaData.USER);
        return new AgreementRecordFold.Meta(message.getSequenceNumber(), message.getTimestamp(),
                user == null ? null : user.toString());
    }

    private AgreementRecord read(String document) {
        try {
            return json.readValue(document, AgreementRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored agreement record cannot be read", e);
        }
    }
}
