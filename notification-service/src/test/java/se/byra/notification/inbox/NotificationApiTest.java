package se.byra.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.byra.notification.support.Api.BASE;

import java.util.List;
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
import se.byra.notification.support.People;
import se.byra.notification.support.People.Person;
import se.byra.platform.testkit.TestTokens;

/** /me/notifications: each person reads and marks only their own notifications, in the language asked for. */
@QuarkusTest
class NotificationApiTest {

    private static final String NOTIFICATIONS = "/me/notifications";

    @Inject
    People people;

    @Inject
    Events events;

    private final UUID agency = UUID.randomUUID();
    private final UUID bergs = UUID.randomUUID();
    private final UUID sandbergs = UUID.randomUUID();
    private Person anna;

    /** Anna, welcomed, then told of two signed engagements: three notifications, the newest last signed. */
    @BeforeEach
    void aStaffMemberWithThreeNotifications() {
        anna = people.staff(agency, "Anna Lindqvist", "sv");
        people.engagementSigned(agency, bergs, "Bergs Bygg AB", "Löpande bokföring", anna);
        people.engagementSigned(agency, sandbergs, "Sandbergs Design AB", "Bokslut", anna);
    }

    private static ValidatableResponse list(Person person, String query) {
        return person.api().get(NOTIFICATIONS + query).then();
    }

    private static long unread(Person person) {
        return person.api().get(NOTIFICATIONS + "/unread-count").then().statusCode(200)
                .extract().<Number>path("unread").longValue();
    }

    private static String newestId(Person person) {
        return list(person, "").statusCode(200).extract().path("items[0].id");
    }

    @Test
    void aStaffMembersNotificationsAreListedNewestFirstInSwedish() {
        list(anna, "").statusCode(200)
                .body("totalItems", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("totalPages", equalTo(1))
                .body("items.category", contains("ENGAGEMENT", "ENGAGEMENT", "INVITATION"))
                .body("items[0].title", equalTo("Sandbergs Design AB: uppdragsbrevet är signerat"))
                .body("items[0].summary", equalTo("Bokslut, version 1, gäller från 2027-01-01."))
                .body("items[0].link", equalTo(BASE + "/byra/kunder/" + sandbergs))
                .body("items[0].createdAt", notNullValue()).body("items[0].readAt", nullValue())
                .body("items[1].title", equalTo("Bergs Bygg AB: uppdragsbrevet är signerat"))
                .body("items[1].link", equalTo(BASE + "/byra/kunder/" + bergs))
                .body("items[2].title", equalTo("Välkommen till Byråplattformen"))
                .body("items[2].summary", equalTo("Här ser du dina kunder och uppdrag. Börja med kundlistan."))
                .body("items[2].link", equalTo(BASE + "/byra/kunder"));
    }

    @Test
    void theTextsAreInEnglishWhenTheRequestAsksForEnglish() {
        anna.api().header("Accept-Language", "en").get(NOTIFICATIONS).then().statusCode(200)
                .body("items[0].title", equalTo("Sandbergs Design AB: the engagement letter is signed"))
                .body("items[0].summary", equalTo("Bokslut, version 1, in force from 2027-01-01."))
                .body("items[0].link", equalTo(BASE + "/byra/kunder/" + sandbergs));
        anna.api().header("Accept-Language", "de-DE, en;q=0.8").get(NOTIFICATIONS).then().statusCode(200)
                .body("items[0].title", equalTo("Sandbergs Design AB: the engagement letter is signed"));
    }

    @Test
    void aLanguageOtherThanSwedishOrEnglishGetsSwedish() {
        anna.api().header("Accept-Language", "de").get(NOTIFICATIONS).then().statusCode(200)
                .body("items[0].title", equalTo("Sandbergs Design AB: uppdragsbrevet är signerat"));
    }

    @Test
    void aPageHoldsAtMostSizeItemsAndTellsTheTotal() {
        list(anna, "?page=0&size=2").statusCode(200)
                .body("items.title", contains("Sandbergs Design AB: uppdragsbrevet är signerat",
                        "Bergs Bygg AB: uppdragsbrevet är signerat"))
                .body("page", equalTo(0)).body("size", equalTo(2))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
        list(anna, "?page=1&size=2").statusCode(200)
                .body("items.category", contains("INVITATION"))
                .body("page", equalTo(1)).body("totalItems", equalTo(3));
        list(anna, "?page=2&size=2").statusCode(200).body("items", empty()).body("totalItems", equalTo(3));
    }

    @Test
    void markingOneReadLowersTheUnreadCountAndLeavesItOutOfTheUnreadList() {
        String newest = newestId(anna);
        assertThat(unread(anna)).isEqualTo(3);

        anna.api().post(NOTIFICATIONS + "/" + newest + "/read").then().statusCode(204);

        assertThat(unread(anna)).isEqualTo(2);
        list(anna, "?unread=true").statusCode(200)
                .body("totalItems", equalTo(2)).body("items.id", not(hasItem(newest)))
                .body("items.readAt", everyItem(nullValue()));
        list(anna, "").statusCode(200).body("totalItems", equalTo(3))
                .body("items[0].id", equalTo(newest)).body("items[0].readAt", notNullValue());
    }

    @Test
    void markingOneReadTwiceKeepsWhenItWasFirstRead() {
        String newest = newestId(anna);
        anna.api().post(NOTIFICATIONS + "/" + newest + "/read").then().statusCode(204);
        String readAt = list(anna, "").extract().path("items[0].readAt");

        anna.api().post(NOTIFICATIONS + "/" + newest + "/read").then().statusCode(204);

        list(anna, "").body("items[0].readAt", equalTo(readAt));
        assertThat(unread(anna)).isEqualTo(2);
    }

    @Test
    void markingAllReadLeavesNoneUnread() {
        anna.api().post(NOTIFICATIONS + "/read").then().statusCode(204);

        assertThat(unread(anna)).isZero();
        list(anna, "?unread=true").statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
        list(anna, "").statusCode(200).body("totalItems", equalTo(3)).body("items.readAt", everyItem(notNullValue()));
    }

    @Test
    void aClientUserSeesOnlyTheirOwnNotificationsWithThePortalsLink() {
        UUID company = UUID.randomUUID();
        Person maria = people.clientUser(agency, company, "Bergs Bygg & Måleri AB", "Maria Berg", "sv");
        Person olof = people.clientUser(agency, UUID.randomUUID(), "Lindholmens Café AB", "Olof Lindholm", "en");

        list(maria, "").statusCode(200).body("totalItems", equalTo(1))
                .body("items.category", contains("INVITATION"))
                .body("items[0].title", equalTo("Du har tillgång till Bergs Bygg & Måleri AB"))
                .body("items[0].summary", equalTo("Bergs Bygg & Måleri AB finns nu i din kundportal."))
                .body("items[0].link", equalTo(BASE + "/portal/foretag/" + company));
        maria.api().header("Accept-Language", "en").get(NOTIFICATIONS).then()
                .body("items[0].title", equalTo("You have access to Bergs Bygg & Måleri AB"));
        assertThat(unread(maria)).isEqualTo(1);

        maria.api().post(NOTIFICATIONS + "/read").then().statusCode(204);

        assertThat(unread(maria)).isZero();
        assertThat(unread(olof)).isEqualTo(1);
        assertThat(unread(anna)).isEqualTo(3);
    }

    @Test
    void anotherPersonsNotificationAnswers404() {
        String annas = newestId(anna);
        Person erik = people.staff(agency, "Erik Johansson", "sv");
        Person maria = people.clientUser(agency, bergs, "Bergs Bygg AB", "Maria Berg", "sv");

        Api.problem(erik.api().post(NOTIFICATIONS + "/" + annas + "/read").then(), 404);
        Api.problem(maria.api().post(NOTIFICATIONS + "/" + annas + "/read").then(), 404);

        assertThat(unread(anna)).isEqualTo(3);
        list(erik, "").body("items.id", not(hasItem(annas))).body("totalItems", equalTo(1));
    }

    @Test
    void anUnknownNotificationAnswers404() {
        Api.problem(anna.api().post(NOTIFICATIONS + "/" + UUID.randomUUID() + "/read").then(), 404);
    }

    @Test
    void aPersonTheDirectoryDoesNotKnowHasAnEmptyListAndNothingUnread() {
        String stranger = TestTokens.staff(agency).subject("unknown-" + UUID.randomUUID()).token();

        Api.as(stranger).get(NOTIFICATIONS).then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(0)).body("totalPages", equalTo(0));
        Api.as(stranger).get(NOTIFICATIONS + "/unread-count").then().statusCode(200).body("unread", equalTo(0));
        Api.as(stranger).post(NOTIFICATIONS + "/read").then().statusCode(204);
        Api.problem(Api.as(stranger).post(NOTIFICATIONS + "/" + newestId(anna) + "/read").then(), 404);
        assertThat(unread(anna)).isEqualTo(3);
    }

    @Test
    void aStaffLoginUsedWithAnotherAgencysTokenFindsNothing() {
        String annasSubject = "staff-" + anna.id();
        String elsewhere = TestTokens.staff(UUID.randomUUID()).subject(annasSubject).token();

        Api.as(elsewhere).get(NOTIFICATIONS).then().statusCode(200).body("totalItems", equalTo(0));
        Api.as(elsewhere).get(NOTIFICATIONS + "/unread-count").then().statusCode(200).body("unread", equalTo(0));
    }

    @Test
    void withoutATokenEveryRouteAnswers401() {
        Api.problem(Api.anonymous().get(NOTIFICATIONS).then(), 401);
        Api.problem(Api.anonymous().get(NOTIFICATIONS + "/unread-count").then(), 401);
        Api.problem(Api.anonymous().post(NOTIFICATIONS + "/read").then(), 401);
        Api.problem(Api.anonymous().post(NOTIFICATIONS + "/" + newestId(anna) + "/read").then(), 401);
        assertThat(unread(anna)).isEqualTo(3);
    }

    @Test
    void aTokenWithNeitherStaffNorClientUserRoleAnswers403() {
        String token = TestTokens.staff(agency).subject("staff-" + anna.id()).roles("something-else").token();

        Api.problem(Api.as(token).get(NOTIFICATIONS).then(), 403);
        Api.problem(Api.as(token).get(NOTIFICATIONS + "/unread-count").then(), 403);
        Api.problem(Api.as(token).post(NOTIFICATIONS + "/read").then(), 403);
        assertThat(unread(anna)).isEqualTo(3);
    }

    @Test
    void aDeactivatedStaffMemberIsRefused403() {
        events.staffDeactivated(agency, anna.id());

        await().atMost(Mailbox.WAIT).until(() -> anna.api().get(NOTIFICATIONS).statusCode() == 403);
        Api.problem(list(anna, ""), 403);
        Api.problem(anna.api().get(NOTIFICATIONS + "/unread-count").then(), 403);
        Api.problem(anna.api().post(NOTIFICATIONS + "/read").then(), 403);
    }

    @ParameterizedTest
    @CsvSource({ "page=-1, page", "size=0, size", "size=101, size", "page=10001, page", "page=x, page",
            "size=1.5, size", "unread=yes, unread" })
    void aBadListParameterAnswers400NamingIt(String query, String parameter) {
        Api.invalid(list(anna, "?" + query), parameter);
    }

    @Test
    void anIdThatIsNoUuidAnswers404() {
        for (String id : List.of("not-a-uuid", "1234", "00000000-0000-0000-0000-00000000000g")) {
            Api.problem(anna.api().post(NOTIFICATIONS + "/" + id + "/read").then(), 404);
        }
    }
}
