package se.byra.notification.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import se.byra.platform.testkit.SmtpServer;

/** What arrived at the test SMTP server (GreenMail), read as a person's mail program would. */
public final class Mailbox {

    public static final Duration WAIT = Duration.ofSeconds(20);

    private Mailbox() {
    }

    /** Every mail to the address so far. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(SmtpServer.get().greenMail().getReceivedMessages())
                .filter(m -> recipients(m).contains(address.toLowerCase()))
                .toList();
    }

    /** The first mail to the address, waiting for it. */
    public static MimeMessage await(String address) {
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> !to(address).isEmpty());
        return to(address).get(0);
    }

    /** The first mail to the address with this subject, waiting for it (a failure lists the subjects there are). */
    public static MimeMessage await(String address, String subject) {
        org.awaitility.Awaitility.await().atMost(WAIT)
                .untilAsserted(() -> assertThat(to(address)).extracting(Mailbox::subject).contains(subject));
        return to(address).stream().filter(m -> subject(m).equals(subject)).findFirst().orElseThrow();
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The From header's name, decoded. */
    public static String senderName(MimeMessage mail) {
        try {
            return ((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getPersonal();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text part, its line breaks as {@code \n} whatever the transport made of them. */
    public static String text(MimeMessage mail) {
        return part(mail, "text/plain").replace("\r\n", "\n");
    }

    public static String html(MimeMessage mail) {
        return part(mail, "text/html");
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    String found = part(body, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(a -> a.toString().toLowerCase())
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
