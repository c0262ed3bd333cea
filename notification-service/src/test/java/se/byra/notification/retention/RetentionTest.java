package se.byra.notification.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

import se.byra.notification.NotificationConfig;
import se.byra.notification.retention.Retention.Rule;
import se.byra.notification.retention.Retention.Swept;
import se.byra.notification.support.Api;
import se.byra.notification.support.People;
import se.byra.notification.support.People.Person;
import se.byra.notification.support.Store;
import se.byra.platform.testkit.Race;
import se.byra.platform.testkit.TestTokens;

/**
 * Old notifications and e-mails go by the rules of notification.retention (production's defaults: read notifications
 * after 180 days, any after 365, sent e-mails after 90, failed ones a year after their last attempt); what a person or
 * the administrator still needs stays, and a pending e-mail never goes.
 */
@QuarkusTest
class RetentionTest {

    private static final Duration DAY = Duration.ofDays(1);

    @Inject
    Retention retention;

    @Inject
    People people;

    @Inject
    Store store;

    @Inject
    NotificationConfig config;

    @Inject
    MeterRegistry registry;

    private final UUID agency = UUID.randomUUID();
    /** Two staff members of the agency, each with the welcome notification and its e-mail, sent. */
    private Person anna;
    private Person erik;

    @BeforeEach
    void twoStaffMembersWelcomed() {
        anna = people.staffWelcomed(agency, "Anna Lindqvist", "sv");
        erik = people.staffWelcomed(agency, "Erik Johansson", "en");
    }

    private static void readAll(Person person) {
        person.api().post("/me/notifications/read").then().statusCode(204);
    }

    private static Duration days(int days) {
        return DAY.multipliedBy(days);
    }

    @Test
    void aReadNotificationOlderThanHalfAYearGoesAndAYoungerOneStays() {
        readAll(anna);
        readAll(erik);
        store.notificationsMade(anna.id(), days(181));
        store.notificationsMade(erik.id(), days(179));

        retention.sweep();

        assertThat(store.notifications(anna.id())).isEmpty();
        anna.api().get("/me/notifications").then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(store.notifications(erik.id())).containsExactly("staff-invited");
    }

    @Test
    void anUnreadNotificationStaysPastHalfAYearAndGoesAfterAYear() {
        store.notificationsMade(anna.id(), days(300));
        store.notificationsMade(erik.id(), days(366));

        retention.sweep();

        assertThat(store.notifications(anna.id())).containsExactly("staff-invited");
        anna.api().get("/me/notifications/unread-count").then().statusCode(200).body("unread", equalTo(1));
        assertThat(store.notifications(erik.id())).isEmpty();
    }

    @Test
    void aSentEmailGoesAfterAQuarterAndAYoungerOneStays() {
        store.deliveriesSent(anna.id(), days(91));
        store.deliveriesSent(erik.id(), days(89));

        retention.sweep();

        assertThat(store.deliveries(anna.id())).isEmpty();
        assertThat(store.deliveries(erik.id())).extracting(Store.Delivery::status).containsExactly("SENT");
    }

    @Test
    void anEmailStillBeingTriedNeverGoesWhateverItsAge() {
        store.deliveriesRetrying(anna.id(), days(1000));

        retention.sweep();

        assertThat(store.deliveries(anna.id())).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("PENDING");
            assertThat(d.attempts()).isEqualTo(3);
        });
    }

    @Test
    void aFailedEmailStaysOnTheAdministratorsListForAYearAfterItsLastAttempt() {
        String admin = TestTokens.agencyAdmin(agency).token();
        store.deliveriesFailed(anna.id(), days(364));
        store.deliveriesFailed(erik.id(), days(366));

        retention.sweep();

        Api.as(admin).get("/deliveries?status=FAILED").then().statusCode(200)
                .body("items.recipientEmail", contains(anna.email()));
        Api.as(admin).post("/deliveries/" + store.deliveries(anna.id()).get(0).id() + "/resend").then()
                .statusCode(202);
        assertThat(store.deliveries(erik.id())).isEmpty();
    }

    @Test
    void aSweepDeletesBatchAfterBatchUntilNoneIsLeft() {
        int batch = config.retention().batchSize();
        readAll(anna);
        store.copyNotifications(anna.id(), 2 * batch + 4);
        store.notificationsMade(anna.id(), days(200));
        double counted = deletedCount(Rule.READ_NOTIFICATIONS);

        Swept swept = retention.sweep();

        assertThat(swept.of(Rule.READ_NOTIFICATIONS)).isEqualTo(2 * batch + 5);
        assertThat(store.notifications(anna.id())).isEmpty();
        assertThat(deletedCount(Rule.READ_NOTIFICATIONS) - counted).isEqualTo(2 * batch + 5);
        assertThat(store.notifications(erik.id())).containsExactly("staff-invited");
    }

    @Test
    void twoSweepsAtOnceDeleteEachRowOnce() {
        int batch = config.retention().batchSize();
        readAll(anna);
        store.copyNotifications(anna.id(), 5 * batch);
        store.notificationsMade(anna.id(), days(200));
        store.deliveriesSent(anna.id(), days(100));

        List<Swept> sweeps = Race.of(2, retention::sweep);

        assertThat(sweeps.stream().mapToLong(s -> s.of(Rule.READ_NOTIFICATIONS)).sum()).isEqualTo(5 * batch + 1);
        assertThat(sweeps.stream().mapToLong(s -> s.of(Rule.SENT_DELIVERIES)).sum()).isEqualTo(1);
        assertThat(store.notifications(anna.id())).isEmpty();
        assertThat(store.deliveries(anna.id())).isEmpty();
        assertThat(retention.sweep().total()).isZero();
    }

    private double deletedCount(Rule rule) {
        return registry.get("notification.retention.deleted").tag("rule", rule.key).counter().count();
    }
}
