package uk.familyagreements.command.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The answer to an accepted command: the new aggregate version in the body and as the {@code ETag}. */
public final class Accepted {

    private Accepted() {
    }

    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.status(HttpStatus.OK).eTag(IfMatch.entityTag(version)).body(body);
    }

    /** For a command that creates a resource (a case, an agreement, a party...): 201 with its location. */
    public static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(IfMatch.entityTag(version)).body(body);
    }
}
