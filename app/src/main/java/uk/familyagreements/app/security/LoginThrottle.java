package uk.familyagreements.app.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address in PostgreSQL, so that every node sees the same
 * counts, and locks a key for a while once it reaches its limit.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final SecurityProperties.Throttle settings;

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.throttle();
    }

    static String userKey(String username) {
        return "user:" + username.toLowerCase(java.util.Locale.ROOT);
    }

    static String addressKey(String address) {
        return "ip:" + address;
    }

    boolean isLocked(String key) {
        return jdbc.sql("SELECT count(*) FROM login_throttle WHERE throttle_key = :key AND locked_until > now()")
                .param("key", key).query(Long.class).single() > 0;
    }

    /** Counts one failure; answers whether this failure locked the key. */
    boolean recordFailure(String key, int limit) {
        int failures = jdbc.sql("""
                        INSERT INTO login_throttle (throttle_key, failures, first_failure_at) VALUES (:key, 1, now())
                        ON CONFLICT (throttle_key) DO UPDATE SET
                          failures = CASE WHEN login_throttle.first_failure_at < now() - make_interval(secs => :window)
                                          THEN 1 ELSE login_throttle.failures + 1 END,
                          first_failure_at = CASE WHEN login_throttle.first_failure_at
                                                       < now() - make_interval(secs => :window)
                                                  THEN now() ELSE login_throttle.first_failure_at END
                        RETURNING failures""")
                .param("key", key).param("window", settings.window().toSeconds())
                .query(Integer.class).single();
        if (failures < limit) {
            return false;
        }
        jdbc.sql("""
                        UPDATE login_throttle SET locked_until = now() + make_interval(secs => :lock), failures = 0,
                               first_failure_at = now()
                        WHERE throttle_key = :key""")
                .param("key", key).param("lock", settings.lockFor().toSeconds()).update();
        return true;
    }

    void reset(String key) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key").param("key", key).update();
    }

    int maxFailuresPerUser() {
        return settings.maxFailuresPerUser();
    }

    int maxFailuresPerAddress() {
        return settings.maxFailuresPerAddress();
    }
}
