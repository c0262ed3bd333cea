package se.byra.platform.identity;

import static org.awaitility.Awaitility.await;

import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMailUtil;

import se.byra.platform.testkit.SmtpServer;

/** People the tests provision, each with an e-mail of their own, and the mail Keycloak sends them. */
public final class People {

    public static final String AGENCY = "5f0c2d8e-3b7a-4c1e-9a64-2d8f1b3c7e90";

    private People() {
    }

    public static Person staffMember(String name) {
        return new Person(uniqueEmail(name), name, "sv", Set.of("agency-staff"), Map.of("agency_id", AGENCY));
    }

    /** An address made from the name as people make theirs: å, ä and ö written a, a and o (Keycloak refuses others). */
    public static String uniqueEmail(String name) {
        String ascii = Normalizer.normalize(name.toLowerCase(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replace(' ', '.') + "+" + UUID.randomUUID().toString().substring(0, 8) + "@byra.test";
    }

    /** The text of a mail, whatever its parts. */
    public static String text(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    /** The mails sent to the address so far. */
    public static List<MimeMessage> mailTo(String email) {
        return Arrays.stream(SmtpServer.get().greenMail().getReceivedMessages())
                .filter(message -> sentTo(message, email)).toList();
    }

    /** Waits for the first mail to the address. */
    public static MimeMessage awaitMailTo(String email) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailTo(email).isEmpty());
        return mailTo(email).get(0);
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().contains(email));
        } catch (MessagingException e) {
            return false;
        }
    }
}
