package uk.familyagreements.command.agreement;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.familyagreements.command.agreement.guidance.GuidanceChecker;
import uk.familyagreements.command.agreement.rules.AgreementRuleSettings;
import uk.familyagreements.command.agreement.rules.CompletenessPolicy;

/** The rule objects the aggregates receive as handler parameters. */
@Configuration(proxyBeanMethods = false)
class AgreementRulesConfiguration {

    @Bean
    GuidanceChecker guidanceChecker() {
        return new GuidanceChecker();
    }

    @Bean
    CompletenessPolicy completenessPolicy(AgreementRuleSettings settings, GuidanceChecker guidance) {
        return new CompletenessPolicy(settings, guidance);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
