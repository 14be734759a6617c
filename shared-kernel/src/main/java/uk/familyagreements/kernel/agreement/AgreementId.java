package uk.familyagreements.kernel.agreement;

import java.util.Objects;
import java.util.UUID;

/** Identifies one agreement. {@code toString()} is the bare value because Axon uses it as the aggregate id. */
public record AgreementId(String value) {
    public AgreementId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("An agreement id cannot be blank");
        }
    }

    public static AgreementId random() {
        return new AgreementId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
