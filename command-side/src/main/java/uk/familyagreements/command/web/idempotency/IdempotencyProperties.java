package uk.familyagreements.command.web.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a stored response answers retries.
 *
 * @param retention       how long after the first request a key is remembered; a key reused later runs again
 * @param cleanupInterval how often expired keys are deleted
 */
@ConfigurationProperties(prefix = "agreements.idempotency")
public record IdempotencyProperties(@DefaultValue("PT24H") Duration retention,
                                    @DefaultValue("PT15M") Duration cleanupInterval) {
}
