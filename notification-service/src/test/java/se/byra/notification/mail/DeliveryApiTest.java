package se.byra.notification.mail;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import se.byra.notification.support.Api;
import se.byra.notification.support.Events;
import se.byra.notification.support.Mailbox;
import se.byra.notification.support.Store;
import se.byra.notification.support.People;
import se.byra.notification.support.People.Person;
import se.byra.platform.testkit.TestTokens;

/** /deliveries: an agency's administrator follows the agency's e-mails, and only theirs. */
@QuarkusTest
class DeliveryApiTest {

    private static final String DELIVERIES = "/deliveries";

    @Inject
    People people;

    @Inject
    Events events;

    @Inject
    Store store;

    private final UUID agency = UUID.randomUUID();
    private final String admin = TestTokens.agencyAdmin(agency).token();
    private Person anna;
    private Person erik;
    private Person karin;

    /** Three staff members welcomed, in this order; each welcome sent. */
    @BeforeEach
    void threeWelcomesSent() {
        anna = people.staffWelcomed(agency, "Anna Lindqvist", "sv");
        erik = people.staffWelcomed(agency, "Erik Johansson", "en");
        karin = people.staffWelcomed(agency, "Karin Revisor", "sv");
    }

    private static ValidatableResponse list(String token, String query) {
        return Api.as(token).get(DELIVERIES + query).then();
    }

    private String annasDelivery() {
        return list(admin, "?size=1&page=2").statusCode(200).extract().path("items[0].id");
    }

    @Test
    void theAdministratorListsTheAgencysDeliveriesNewestFirst() {
        list(admin, "").statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(1))
                .body("items.recipientEmail", contains(karin.email(), erik.email(), anna.email()))
                .body("items.recipientName", contains("Karin Revisor", "Erik Johansson", "Anna Lindqvist"))
                .body("items.category", everyItem(equalTo("INVITATION")))
                .body("items.status", everyItem(equalTo("SENT")))
                .body("items.attempts", everyItem(equalTo(1)))
                .body("items.sentAt", everyItem(notNullValue()))
                .body("items.lastError", everyItem(nullValue()))
                .body("items[1].subject", equalTo("Welcome to Byråplattformen on Byråplattformen"));
    }

    @Test
    void theStatusFilterListsOnlyThatStatus() {
        list(admin, "?status=SENT").statusCode(200).body("totalItems", equalTo(3));
        list(admin, "?status=FAILED").statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
        list(admin, "?status=PENDING").statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
    }

    @Test
    void aPageHoldsAtMostSizeDeliveriesAndTellsTheTotal() {
        list(admin, "?status=SENT&size=2").statusCode(200)
                .body("items.recipientEmail", contains(karin.email(), erik.email()))
                .body("page", equalTo(0)).body("size", equalTo(2))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
        list(admin, "?status=SENT&size=2&page=1").statusCode(200)
                .body("items.recipientEmail", contains(anna.email())).body("page", equalTo(1));
    }

    @Test
    void anotherAgencysAdministratorSeesOnlyTheirOwnAndCannotResendOurs() {
        UUID theirAgency = UUID.randomUUID();
        String theirs = TestTokens.agencyAdmin(theirAgency).token();
        Person theirPerson = people.staffWelcomed(theirAgency, "Deras Person", "sv");

        list(theirs, "").statusCode(200).body("items.recipientEmail", contains(theirPerson.email()))
                .body("totalItems", equalTo(1));
        Api.problem(Api.as(theirs).post(DELIVERIES + "/" + annasDelivery() + "/resend").then(), 404);
        list(admin, "").body("items.recipientEmail", containsInAnyOrder(anna.email(), erik.email(), karin.email()));
    }

    @Test
    void resendingASentDeliveryAnswers409() {
        String delivery = annasDelivery();

        Api.problem(Api.as(admin).post(DELIVERIES + "/" + delivery + "/resend").then(), 409)
                .body("type", equalTo("tag:byra.se,2026:problem:delivery-not-failed"));

        list(admin, "?size=1&page=2").body("items[0].status", equalTo("SENT")).body("items[0].attempts", equalTo(1));
    }

    @Test
    void resendingAnUnknownDeliveryAnswers404() {
        Api.problem(Api.as(admin).post(DELIVERIES + "/" + UUID.randomUUID() + "/resend").then(), 404);
        Api.problem(Api.as(admin).post(DELIVERIES + "/not-a-uuid/resend").then(), 404);
    }

    @Test
    void aStaffMemberWhoIsNoAdministratorIsRefused403() {
        Api.problem(list(anna.token(), ""), 403);
        Api.problem(anna.api().post(DELIVERIES + "/" + annasDelivery() + "/resend").then(), 403);
    }

    @Test
    void aDeactivatedAdministratorIsRefused403WhileTheirTokenIsStillValid() {
        String subject = "staff-" + anna.id();
        String annaAsAdmin = TestTokens.agencyAdmin(agency).subject(subject).token();
        list(annaAsAdmin, "").statusCode(200);

        events.staffDeactivated(agency, anna.id());
        await().atMost(Mailbox.WAIT).until(() -> store.staffDeactivated(anna.id()));

        Api.problem(list(annaAsAdmin, ""), 403);
        Api.problem(Api.as(annaAsAdmin).post(DELIVERIES + "/" + annasDelivery() + "/resend").then(), 403);
    }

    @Test
    void aClientUserIsRefused403() {
        String clientUser = TestTokens.clientUser().token();

        Api.problem(list(clientUser, ""), 403);
        Api.problem(Api.as(clientUser).post(DELIVERIES + "/" + annasDelivery() + "/resend").then(), 403);
    }

    @Test
    void withoutATokenDeliveriesAnswer401() {
        Api.problem(Api.anonymous().get(DELIVERIES).then(), 401);
        Api.problem(Api.anonymous().post(DELIVERIES + "/" + annasDelivery() + "/resend").then(), 401);
    }

    @ParameterizedTest
    @CsvSource({ "status=BOGUS, status", "status=sent, status", "page=-1, page", "size=0, size", "size=101, size" })
    void aBadListParameterAnswers400NamingIt(String query, String parameter) {
        Api.invalid(list(admin, "?" + query), parameter);
    }
}
