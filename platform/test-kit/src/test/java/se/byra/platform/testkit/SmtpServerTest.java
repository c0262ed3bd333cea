package se.byra.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

class SmtpServerTest {

    @Test
    void aMailSentOverSmtpArrives() throws Exception {
        SmtpServer smtp = SmtpServer.get();
        smtp.reset();
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", String.valueOf(smtp.port()));
        MimeMessage mail = new MimeMessage(Session.getInstance(props));
        mail.setFrom(new InternetAddress("no-reply@byra.invalid"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress("anna@example.se"));
        mail.setSubject("Nytt ärende", "UTF-8");
        mail.setText("Hej Anna!", "UTF-8");

        Transport.send(mail);

        assertThat(smtp.greenMail().waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage received = smtp.greenMail().getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Nytt ärende");
        assertThat(received.getAllRecipients()[0]).hasToString("anna@example.se");
    }
}
