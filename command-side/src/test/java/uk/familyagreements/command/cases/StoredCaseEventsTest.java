package uk.familyagreements.command.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.cases.WrittenAgreementDeactivatedOnCaseEvent;

/** Events already in an authority's store must still read after their record gains a field. */
class StoredCaseEventsTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();

    @Test
    void aDeactivationStoredBeforeCameIntoForceExistedReadsAsUnknownAndStillCountsTowardsSerial() throws Exception {
        SerializedObject<String> current = serializer.serialize(new WrittenAgreementDeactivatedOnCaseEvent(
                new CaseReference("CASE-1"), new AgreementId("A-1"), true, false), String.class);
        ObjectNode stored = (ObjectNode) json.readTree(current.getData());
        stored.remove("cameIntoForce");

        WrittenAgreementDeactivatedOnCaseEvent read = serializer.deserialize(new SimpleSerializedObject<>(
                json.writeValueAsString(stored), String.class, current.getType()));

        assertThat(read.breached()).isTrue();
        assertThat(read.cameIntoForce()).isNull();
        assertThat(read.countsTowardsSerial()).isTrue();
    }

    @Test
    void aDiscardedDraftDoesNotCountTowardsSerialButAnEndedAgreementDoes() {
        assertThat(new WrittenAgreementDeactivatedOnCaseEvent(new CaseReference("CASE-1"), new AgreementId("A-1"),
                false, false).countsTowardsSerial()).isFalse();
        assertThat(new WrittenAgreementDeactivatedOnCaseEvent(new CaseReference("CASE-1"), new AgreementId("A-1"),
                false, true).countsTowardsSerial()).isTrue();
    }
}
