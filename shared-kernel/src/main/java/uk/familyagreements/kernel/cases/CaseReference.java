package uk.familyagreements.kernel.cases;

import java.util.Objects;

/**
 * The external reference of a child's or family's case in the authority's case management system.
 * {@code toString()} is the bare value because Axon uses it as the aggregate id and saga association value.
 */
public record CaseReference(String value) {
    public CaseReference {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A case reference cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
