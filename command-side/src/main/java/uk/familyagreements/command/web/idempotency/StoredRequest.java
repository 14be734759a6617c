package uk.familyagreements.command.web.idempotency;

/**
 * What is remembered of a request sent with an idempotency key: its fingerprint and, once it completed, its
 * response.
 */
record StoredRequest(String fingerprint, boolean completed, Integer status, String contentType, String location,
                     String etag, byte[] body) {
}
