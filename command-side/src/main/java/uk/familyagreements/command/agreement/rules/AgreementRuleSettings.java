package uk.familyagreements.command.agreement.rules;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable limits of the guidance.
 *
 * @param maximumWrittenPeriod  a written agreement covers hours or days: at most this long (PERIOD_TOO_LONG)
 * @param serialAgreementWindow a new written agreement within this time of the previous one ending or being
 *                              breached is flagged SERIAL_AGREEMENT
 */
@ConfigurationProperties(prefix = "agreements.rules")
public record AgreementRuleSettings(@DefaultValue("14d") Duration maximumWrittenPeriod,
                                    @DefaultValue("90d") Duration serialAgreementWindow) {

    public static AgreementRuleSettings defaults() {
        return new AgreementRuleSettings(Duration.ofDays(14), Duration.ofDays(90));
    }
}
