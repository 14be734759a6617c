package uk.familyagreements.query.inbox;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import uk.familyagreements.kernel.agreement.EscalationRaisedEvent;
import uk.familyagreements.kernel.agreement.ReminderIssuedEvent;
import uk.familyagreements.kernel.cases.CaseAllocatedEvent;
import uk.familyagreements.kernel.cases.CaseOpenedEvent;

/** Wires the inbox: its mailer, and events sequenced per case so an allocation is seen before what it addresses. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxProperties.class)
class InboxConfiguration {

    @Bean(destroyMethod = "shutdown")
    ExecutorService inboxMailExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbox-mail");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    InboxMailer inboxMailer(ObjectProvider<JavaMailSender> mailSender, InboxProperties properties, JdbcClient jdbc,
                            ExecutorService inboxMailExecutor) {
        return new InboxMailer(mailSender, properties, jdbc, inboxMailExecutor);
    }

    /**
     * Case events and agreement events come from different aggregates, so per-aggregate sequencing could put them in
     * different segments and let a reminder overtake the allocation it needs. Sequencing by case reference keeps
     * everything about one case in one segment, in order.
     */
    @Bean
    ConfigurerModule inboxSequencing() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerSequencingPolicy(
                InboxProjection.PROCESSING_GROUP, configuration -> BY_CASE));
    }

    static final SequencingPolicy<EventMessage<?>> BY_CASE = InboxConfiguration::caseOf;

    static Object caseOf(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof CaseOpenedEvent opened) {
            return opened.caseReference().value();
        }
        if (payload instanceof CaseAllocatedEvent allocated) {
            return allocated.caseReference().value();
        }
        if (payload instanceof ReminderIssuedEvent reminder) {
            return reminder.caseReference().value();
        }
        if (payload instanceof EscalationRaisedEvent escalation) {
            return escalation.caseReference().value();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
