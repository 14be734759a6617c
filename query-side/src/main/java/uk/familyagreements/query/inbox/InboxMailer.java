package uk.familyagreements.query.inbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Emails an inbox message where SMTP is configured ({@code spring.mail.host}); otherwise does nothing. The body says
 * what is due, by when, and where to look; it never names the child, the family or what the case is about, because
 * email leaves the authority's systems. Sending happens off the projection's thread, so a slow mail server never
 * holds up the inbox.
 */
class InboxMailer {

    private static final Logger log = LoggerFactory.getLogger(InboxMailer.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.UK);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final InboxProperties properties;
    private final JdbcClient jdbc;
    private final Executor executor;

    InboxMailer(ObjectProvider<JavaMailSender> mailSender, InboxProperties properties, JdbcClient jdbc,
                Executor executor) {
        this.mailSender = mailSender;
        this.properties = properties;
        this.jdbc = jdbc;
        this.executor = executor;
    }

    void send(String eventId, String username, String email, String subject, Instant dueAt, String agreementId) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        executor.execute(() -> {
            try {
                sender.send(message(email, subject, dueAt, agreementId));
                jdbc.sql("UPDATE inbox_message SET emailed_at = :now WHERE event_id = :eventId AND recipient = :user")
                        .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                        .param("eventId", eventId)
                        .param("user", username)
                        .update();
            } catch (MailException | org.springframework.dao.DataAccessException e) {
                // The message stays in the inbox (emailed_at empty); email is the extra channel, not the record.
                log.warn("Could not email {} about agreement {}", username, agreementId, e);
            }
        });
    }

    SimpleMailMessage message(String email, String subject, Instant dueAt, String agreementId) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(email);
        message.setSubject("Family agreements: " + subject);
        StringBuilder body = new StringBuilder()
                .append(subject).append('.').append("\n\n");
        if (dueAt != null) {
            body.append("Due: ").append(DUE.format(dueAt.atZone(LONDON))).append(" (UK time).\n\n");
        }
        body.append("Open the agreement in Family agreements to see what is needed:\n")
                .append(properties.baseUrl()).append(InboxProperties.linkPath(agreementId)).append("\n\n")
                .append("The message is also in your inbox in the service. For the family's privacy this email "
                        + "carries no case details.\n");
        message.setText(body.toString());
        return message;
    }
}
