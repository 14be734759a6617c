package uk.familyagreements.query.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How inbox messages point back to the service and who emails come from.
 *
 * @param baseUrl  the service's address as users reach it, put before the link path in emails (empty: path only)
 * @param mailFrom the sender address of notification emails
 */
@ConfigurationProperties(prefix = "agreements.inbox")
public record InboxProperties(@DefaultValue("") String baseUrl,
                              @DefaultValue("family-agreements@localhost") String mailFrom) {

    /** Where the agreement is read in the service. */
    public static String linkPath(String agreementId) {
        return "/agreements/" + agreementId;
    }
}
