package uk.familyagreements.query.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.familyagreements.kernel.agreement.EscalationCause;
import uk.familyagreements.kernel.agreement.EscalationLevel;

class InboxMailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @SuppressWarnings("unchecked")
    @Test
    void theEmailSaysWhatIsDueByWhenAndWhereToLook() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(sender);
        InboxMailer mailer = new InboxMailer(provider, new InboxProperties("https://agreements.example.gov.uk",
                "agreements@example.gov.uk"), mock(JdbcClient.class, org.mockito.Answers.RETURNS_DEEP_STUBS),
                Runnable::run);

        mailer.send("event-1", "tara.manager", "tara@example.gov.uk",
                Subjects.escalation(EscalationCause.REVIEW_OVERDUE, EscalationLevel.TEAM_MANAGER),
                Instant.parse("2027-03-30T09:00:00Z"), "agreement-42");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("tara@example.gov.uk");
        assertThat(received[0].getSubject())
                .isEqualTo("Family agreements: Decision needed: an agreement review is overdue");
        assertThat(GreenMailUtil.getBody(received[0]))
                .contains("Tuesday 30 March 2027 at 10:00")
                .contains("https://agreements.example.gov.uk/agreements/agreement-42");
    }

    @SuppressWarnings("unchecked")
    @Test
    void withoutSmtpConfiguredNothingIsSent() {
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        InboxMailer mailer = new InboxMailer(provider, new InboxProperties("", "a@b"), mock(JdbcClient.class),
                Runnable::run);

        mailer.send("event-1", "sam", "sam@example.gov.uk", "x", null, "agreement-1");

        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
