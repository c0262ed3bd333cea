package se.byra.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import se.byra.notification.support.Api;
import se.byra.notification.support.Events;
import se.byra.notification.support.Events.Collaboration;
import se.byra.notification.support.Events.Company;
import se.byra.notification.support.Mailbox;
import se.byra.notification.support.People;
import se.byra.notification.support.People.Person;
import se.byra.notification.support.Store;
import se.byra.platform.testkit.OpenApiContractFilter;
import se.byra.platform.testkit.TestTokens;

/** /me/preferences: a person turns the e-mail of an optional category off and on; the notifications stay. */
@QuarkusTest
class PreferencesTest {

    private static final String PREFERENCES = "/me/preferences";

    @Inject
    People people;

    @Inject
    Events events;

    @Inject
    Store store;

    private final UUID agency = UUID.randomUUID();
    private Person anna;

    /** Anna, welcomed by e-mail: the mail she has before a test's changes. */
    @BeforeEach
    void aStaffMemberWithHerWelcome() {
        anna = people.staff(agency, "Anna Lindqvist", "sv");
        Mailbox.await(anna.email());
    }

    private ValidatableResponse put(Object body) {
        return anna.api().body(body).put(PREFERENCES).then();
    }

    private static Map<String, Object> email(String category, Object wanted) {
        HashMap<String, Object> email = new HashMap<>();
        email.put(category, wanted);
        return Map.of("email", email);
    }

    private void signed(String title) {
        people.engagementSigned(agency, UUID.randomUUID(), "Bergs Bygg AB", title, anna);
    }

    @Test
    void everyCategoryIsListedWithWhetherItsEmailIsMandatory() {
        anna.api().get(PREFERENCES).then().statusCode(200)
                .body("categories.category", contains("INVITATION", "ACCOUNT", "ENGAGEMENT", "COLLABORATION", "CASE"))
                .body("categories.mandatory", contains(true, true, false, false, false))
                .body("categories.email", contains(true, true, true, true, true));
    }

    @Test
    void engagementMailTurnedOffIsNotSentButTheNotificationIsStillWritten() {
        put(email("ENGAGEMENT", false)).statusCode(200)
                .body("categories.category", contains("INVITATION", "ACCOUNT", "ENGAGEMENT", "COLLABORATION", "CASE"))
                .body("categories.email", contains(true, true, false, true, true));
        anna.api().get(PREFERENCES).then().body("categories.email", contains(true, true, false, true, true));

        signed("Löpande bokföring");

        // the delivery would have been written in the notification's transaction
        assertThat(store.notifications(anna.id())).containsExactly("staff-invited", "engagement-signed");
        assertThat(store.deliveries(anna.id())).hasSize(1);
        assertThat(Mailbox.to(anna.email())).hasSize(1);
    }

    @Test
    void engagementMailTurnedOnAgainIsSentAgain() {
        put(email("ENGAGEMENT", false)).statusCode(200);
        put(email("ENGAGEMENT", true)).statusCode(200)
                .body("categories.email", contains(true, true, true, true, true));

        signed("Bokslut");

        await().atMost(Mailbox.WAIT).until(() -> Mailbox.to(anna.email()).size() == 2);
        assertThat(Mailbox.subject(Mailbox.to(anna.email()).get(1)))
                .isEqualTo("Uppdragsbrevet för Bokslut hos Bergs Bygg AB är signerat");
    }

    @Test
    void collaborationMailTurnedOffIsNotSentButTheNotificationIsStillWritten() {
        put(email("COLLABORATION", false)).statusCode(200)
                .body("categories.email", contains(true, true, true, false, true));

        events.declined(Collaboration.of(agency, UUID.randomUUID(), "Bergs Bygg AB"), List.of(anna.id()),
                UUID.randomUUID(), "Maria Berg", null);

        await().atMost(Mailbox.WAIT).until(() -> store.notifications(anna.id()).contains("collaboration-declined"));
        assertThat(store.deliveries(anna.id())).hasSize(1);
        assertThat(Mailbox.to(anna.email())).hasSize(1);
    }

    @Test
    void caseMailTurnedOffIsNotSentButTheNotificationIsStillWritten() {
        put(email("CASE", false)).statusCode(200).body("categories.email", contains(true, true, true, true, false));

        events.consentGranted(new Company(agency, UUID.randomUUID(), "Bergs Bygg AB"), UUID.randomUUID(),
                "Maria Berg", List.of(anna.id()));

        await().atMost(Mailbox.WAIT).until(() -> store.notifications(anna.id()).contains("consent-granted"));
        assertThat(store.deliveries(anna.id())).hasSize(1);
        assertThat(Mailbox.to(anna.email())).hasSize(1);
    }

    @Test
    void onePersonsChoiceLeavesAnothersMailAlone() {
        Person erik = people.staff(agency, "Erik Johansson", "sv");
        Mailbox.await(erik.email());
        put(email("ENGAGEMENT", false)).statusCode(200);

        people.engagementSigned(agency, UUID.randomUUID(), "Bergs Bygg AB", "Lön", anna, erik);

        erik.api().get(PREFERENCES).then().body("categories.email", contains(true, true, true, true, true));
        await().atMost(Mailbox.WAIT).until(() -> Mailbox.to(erik.email()).size() == 2);
        assertThat(store.deliveries(anna.id())).hasSize(1);
    }

    @Test
    void aMandatoryCategoryCannotBeTurnedOff() {
        Api.problem(put(email("INVITATION", false)), 409)
                .body("type", equalTo("tag:byra.se,2026:problem:mandatory-category"))
                .body("detail", containsString("INVITATION"));
        Api.problem(put(Map.of("email", Map.of("ENGAGEMENT", false, "ACCOUNT", false))), 409)
                .body("type", equalTo("tag:byra.se,2026:problem:mandatory-category"));

        anna.api().get(PREFERENCES).then().body("categories.email", contains(true, true, true, true, true));
    }

    @Test
    void aMandatoryCategoryTurnedOnChangesNothing() {
        put(email("INVITATION", true)).statusCode(200)
                .body("categories.email", contains(true, true, true, true, true));
    }

    @Test
    void anUnknownCategoryAnswers400NamingIt() {
        Api.invalid(put(email("NOPE", false)), "email.NOPE");
        Api.invalid(put(email("engagement", false)), "email.engagement");
    }

    @Test
    void aNullChoiceAnswers400NamingIt() {
        Api.invalid(put(email("ENGAGEMENT", null)), "email.ENGAGEMENT");
        anna.api().get(PREFERENCES).then().body("categories.email", contains(true, true, true, true, true));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"email\":", "not json", "{}", "{\"email\":null}", "{\"email\":[]}",
            "{\"email\":\"ENGAGEMENT\"}", "{\"email\":{\"ENGAGEMENT\":\"false\"}}", "{\"email\":{\"ENGAGEMENT\":0}}",
            "{\"email\":{\"ENGAGEMENT\":false}} {}", "{\"email\":{\"ENGAGEMENT\":false,\"ENGAGEMENT\":true}}",
            "{\"email\":{\"ENGAGEMENT\\u0000\":false}}", "{\"email\":{\"ENGA\\u0007GEMENT\":false}}",
            "[]", "null" })
    void aBadBodyAnswers400ProblemAndChangesNothing(String body) {
        Api.problem(anna.api().header(OpenApiContractFilter.UNCHECKED_REQUEST).body(body).put(PREFERENCES).then(),
                400);
        anna.api().get(PREFERENCES).then().body("categories.email", contains(true, true, true, true, true));
    }

    @Test
    void aHugeCategoryNameAnswers400() {
        Api.problem(put(email("E".repeat(100_000), false)), 400);
    }

    @Test
    void aMissingBodyAnswers400() {
        Api.problem(anna.api().header(OpenApiContractFilter.UNCHECKED_REQUEST).put(PREFERENCES).then(), 400);
    }

    @Test
    void aPersonTheDirectoryDoesNotKnowSeesTheDefaultsAndCannotChangeThem() {
        String stranger = TestTokens.staff(agency).subject("unknown-" + UUID.randomUUID()).token();

        Api.as(stranger).get(PREFERENCES).then().statusCode(200)
                .body("categories.email", contains(true, true, true, true, true));
        Api.problem(Api.as(stranger).body(email("ENGAGEMENT", false)).put(PREFERENCES).then(), 404);
    }

    @Test
    void withoutATokenPreferencesAnswer401() {
        Api.problem(Api.anonymous().get(PREFERENCES).then(), 401);
        Api.problem(Api.anonymous().body(email("ENGAGEMENT", false)).put(PREFERENCES).then(), 401);
        anna.api().get(PREFERENCES).then().body("categories.email", contains(true, true, true, true, true));
    }
}
