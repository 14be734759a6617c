package uk.familyagreements.command.web.idempotency;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Settings of idempotent requests, and the sweep that forgets expired keys. Every node sweeps; the delete is
 * harmless when two nodes run it at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
@EnableScheduling
class IdempotencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    private final IdempotencyKeys keys;

    IdempotencyConfiguration(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Scheduled(initialDelayString = "${agreements.idempotency.cleanup-interval:PT15M}",
            fixedDelayString = "${agreements.idempotency.cleanup-interval:PT15M}")
    void deleteExpiredKeys() {
        int deleted = keys.deleteExpired(Clock.systemUTC().instant());
        if (deleted > 0) {
            log.debug("Forgot {} expired idempotency keys", deleted);
        }
    }
}
