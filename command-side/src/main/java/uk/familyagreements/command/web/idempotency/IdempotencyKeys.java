package uk.familyagreements.command.web.idempotency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The idempotency keys table. Every statement commits on its own (no surrounding transaction), so that a claim is
 * visible to a concurrent request at once and never held open while the command runs.
 */
@Repository
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the key for this request; false when another request already holds it (see {@link #find}). */
    boolean claim(String user, String key, String fingerprint, String method, String path, Instant now,
                  Instant expiresAt) {
        // An expired key is forgotten first, so that it can be claimed afresh.
        jdbc.sql("DELETE FROM idempotency_key WHERE user_name = :user AND idempotency_key = :key AND expires_at <= :now")
                .param("user", user).param("key", key).param("now", utc(now)).update();
        return jdbc.sql("""
                        INSERT INTO idempotency_key (user_name, idempotency_key, request_fingerprint, method, path, state,
                                                     created_at, expires_at)
                        VALUES (:user, :key, :fingerprint, :method, :path, 'IN_FLIGHT', :now, :expiresAt)
                        ON CONFLICT ON CONSTRAINT idempotency_key_pk DO NOTHING""")
                .param("user", user).param("key", key).param("fingerprint", fingerprint).param("method", method)
                .param("path", path).param("now", utc(now)).param("expiresAt", utc(expiresAt))
                .update() == 1;
    }

    Optional<StoredRequest> find(String user, String key) {
        return jdbc.sql("""
                        SELECT request_fingerprint, state, response_status, response_type, response_location,
                               response_etag, response_body
                        FROM idempotency_key WHERE user_name = :user AND idempotency_key = :key""")
                .param("user", user).param("key", key)
                .query((rs, row) -> new StoredRequest(rs.getString("request_fingerprint"),
                        "COMPLETED".equals(rs.getString("state")), (Integer) rs.getObject("response_status"),
                        rs.getString("response_type"), rs.getString("response_location"),
                        rs.getString("response_etag"), rs.getBytes("response_body")))
                .optional();
    }

    void complete(String user, String key, int status, String contentType, String location, String etag,
                  byte[] body) {
        jdbc.sql("""
                        UPDATE idempotency_key SET state = 'COMPLETED', response_status = :status,
                               response_type = :type, response_location = :location, response_etag = :etag,
                               response_body = :body
                        WHERE user_name = :user AND idempotency_key = :key""")
                .param("status", status).param("type", contentType).param("location", location)
                .param("etag", etag).param("body", body).param("user", user).param("key", key)
                .update();
    }

    /** Forgets a key whose request changed nothing, so that the client may retry it. */
    void release(String user, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE user_name = :user AND idempotency_key = :key AND state = 'IN_FLIGHT'")
                .param("user", user).param("key", key).update();
    }

    int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM idempotency_key WHERE expires_at <= :now").param("now", utc(now)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
