package se.byra.notification.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

import se.byra.notification.support.Events;
import se.byra.notification.support.Mailbox;
import se.byra.notification.support.Store;
import se.byra.platform.testkit.SmtpServer;
import se.byra.platform.testkit.TestTokens;

/** The SMTP server away: e-mail waits and is tried again, and after the last attempt is the administrator's to resend. */
@QuarkusTest
class SmtpOutageTest {

    @Inject
    Events events;

    @Inject
    Store store;

    @Inject
    MeterRegistry metrics;

    private final UUID agency = UUID.randomUUID();

    @Test
    void anEmailWhileTheSmtpServerIsDownIsDeliveredOnceItIsBack() {
        UUID staff = UUID.randomUUID();
        String email = staff + "@byran.se";
        SmtpServer.get().greenMail().stop();
        try {
            events.staffInvited(agency, staff, "Karin Revisor", email, "sv", null);
            await().atMost(Mailbox.WAIT).until(() -> !store.deliveries(staff).isEmpty()
                    && store.deliveries(staff).get(0).attempts() >= 1);
            assertThat(store.deliveries(staff).get(0).status()).isEqualTo("PENDING");
            assertThat(store.deliveries(staff).get(0).lastError()).isNotBlank();
        } finally {
            SmtpServer.get().greenMail().start();
        }

        Mailbox.await(email);
        await().atMost(Mailbox.WAIT).until(() -> store.deliveries(staff).get(0).status().equals("SENT"));
        assertThat(Mailbox.to(email)).hasSize(1);
    }

    @Test
    void anEmailFailedAfterItsLastAttemptIsCountedListedAndResent() {
        UUID staff = UUID.randomUUID();
        String email = staff + "@byran.se";
        double failedBefore = metrics.counter("notification.mail.failed").count();
        SmtpServer.get().greenMail().stop();
        try {
            events.staffInvited(agency, staff, "Karin Revisor", email, "sv", null);
            await().atMost(Mailbox.WAIT).until(() -> !store.deliveries(staff).isEmpty()
                    && store.deliveries(staff).get(0).status().equals("FAILED"));
        } finally {
            SmtpServer.get().greenMail().start();
        }
        UUID delivery = store.deliveries(staff).get(0).id();
        assertThat(store.deliveries(staff).get(0).attempts()).isEqualTo(5);
        assertThat(metrics.counter("notification.mail.failed").count()).isEqualTo(failedBefore + 1);
        String admin = TestTokens.agencyAdmin(agency).token();
        given().auth().oauth2(admin).queryParam("status", "FAILED")
                .when().get("/deliveries")
                .then().statusCode(200)
                .body("items.id", hasItem(delivery.toString()))
                .body("items.find { it.id == '" + delivery + "' }.recipientEmail", equalTo(email));

        given().auth().oauth2(admin)
                .when().post("/deliveries/{id}/resend", delivery)
                .then().statusCode(202).body("status", equalTo("PENDING")).body("attempts", equalTo(0));

        Mailbox.await(email);
        await().atMost(Mailbox.WAIT).until(() -> store.deliveries(staff).get(0).status().equals("SENT"));
        assertThat(Mailbox.to(email)).hasSize(1);
    }
}
