package uk.familyagreements.command.deadlines;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.quartz.QuartzDeadlineManager;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.quartz.Scheduler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deadlines on Quartz's clustered JDBC job store, in the same PostgreSQL and the same transaction as the command
 * that schedules them: a rejected command leaves no job behind. Every node builds this manager on its own scheduler,
 * because the manager's collaborators live in the per-JVM scheduler context.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineManagerConfiguration {

    @Bean
    public DeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                           TransactionManager transactionManager, Serializer serializer) {
        return QuartzDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .transactionManager(transactionManager)
                // Passed explicitly: without it the manager falls back to XStream, which cannot read records.
                .serializer(serializer)
                // Axon's default refires any failure immediately and for ever; only a lost optimistic lock is worth
                // an immediate retry. Anything else is left to Quartz's misfire handling and the logs.
                .refireImmediatelyPolicy(DeadlineManagerConfiguration::isWorthRefiringAtOnce)
                .build();
    }

    static boolean isWorthRefiringAtOnce(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
