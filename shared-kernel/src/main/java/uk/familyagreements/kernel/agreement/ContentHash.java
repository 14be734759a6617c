package uk.familyagreements.kernel.agreement;

import java.util.Objects;

/** SHA-256 of a version's canonical content, in lower-case hex: what a signature binds to. */
public record ContentHash(String value) {
    public ContentHash {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
