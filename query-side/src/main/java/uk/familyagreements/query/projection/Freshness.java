package uk.familyagreements.query.projection;

import org.springframework.http.HttpHeaders;

/**
 * How fresh an answer is: the projection's position (the global index of the event store it has passed) and
 * whether it had reached what the client asked to wait for.
 */
public record Freshness(String projection, long position, boolean caughtUp) {

    public static final String POSITION_HEADER = "X-Projection-Position";
    public static final String CAUGHT_UP_HEADER = "X-Projection-Caught-Up";

    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.add(POSITION_HEADER, Long.toString(position));
        headers.add(CAUGHT_UP_HEADER, Boolean.toString(caughtUp));
        return headers;
    }
}
