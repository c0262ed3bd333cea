package se.byra.platform.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import se.byra.platform.events.Topics;
import se.byra.platform.testkit.KafkaRecords;
import se.byra.platform.testkit.TestTokens;

/**
 * The read model kept from the producers' events through the real broker, and the decisions a service's
 * endpoints take from it: who is refused, which clients a staff member or a client user sees, and that a
 * change takes effect as soon as its event is handled.
 */
@QuarkusTest
class AccessThroughEventsTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    Facts facts;

    private final UUID agencyId = UUID.randomUUID();

    @Test
    void aDeactivatedStaffMemberIsRefusedAsSoonAsTheEventIsHandled() {
        UUID staffId = UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        facts.staff(agencyId, staffId, "FULL", subject);
        await().atMost(WITHIN).untilAsserted(() -> asStaff(subject).get("/probe/staff/scope")
                .then().statusCode(200).body("staffId", equalTo(staffId.toString())).body("fullAccess", equalTo(true)));

        facts.deactivated(agencyId, staffId);

        await().atMost(WITHIN).untilAsserted(() -> asStaff(subject).get("/probe/staff/scope")
                .then().statusCode(403).body("detail", containsString("deactivated")));
    }

    @Test
    void ownClientsStaffSeeOnlyTheClientsTheyAreResponsibleForAndLoseOneWhenTheyAreNoLonger() {
        UUID staffId = UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        UUID own = UUID.randomUUID();
        UUID others = UUID.randomUUID();
        facts.staff(agencyId, staffId, "OWN_CLIENTS", subject);
        facts.responsible(agencyId, own, UUID.randomUUID(), staffId);
        facts.responsible(agencyId, others, UUID.randomUUID());
        facts.thing(agencyId, own);
        facts.thing(agencyId, others);
        await().atMost(WITHIN).until(() -> facts.agencyOf(others) != null);
        await().atMost(WITHIN).untilAsserted(() -> asStaff(subject).get("/probe/staff/clients/" + own)
                .then().statusCode(200));

        asStaff(subject).get("/probe/staff/clients/" + others).then().statusCode(404)
                .body("detail", equalTo("Client " + others + " was not found"));
        asStaff(subject).get("/probe/staff/things").then().statusCode(200).body("$", contains(own.toString()));

        facts.responsible(agencyId, own, UUID.randomUUID());

        await().atMost(WITHIN).untilAsserted(() -> asStaff(subject).get("/probe/staff/clients/" + own)
                .then().statusCode(404));
        asStaff(subject).get("/probe/staff/things").then().statusCode(200).body("$", empty());
    }

    @Test
    void fullAccessStaffSeeEveryClientOfTheirAgencyAndNoneOfAnothers() {
        UUID staffId = UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        UUID ours = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        UUID otherAgency = UUID.randomUUID();
        facts.staff(agencyId, staffId, "FULL", subject);
        facts.responsible(agencyId, ours);
        facts.responsible(otherAgency, theirs);
        facts.thing(agencyId, ours);
        facts.thing(otherAgency, theirs);
        await().atMost(WITHIN).until(() -> facts.agencyOf(theirs) != null);
        await().atMost(WITHIN).untilAsserted(() -> asStaff(subject).get("/probe/staff/clients/" + ours)
                .then().statusCode(200));

        asStaff(subject).get("/probe/staff/clients/" + theirs).then().statusCode(404);
        asStaff(subject).get("/probe/staff/things").then().statusCode(200).body("$", contains(ours.toString()));
    }

    @Test
    void aStaffLoginTheDirectoryDoesNotKnowIsScopedByItsRoles() {
        asStaff(UUID.randomUUID().toString()).get("/probe/staff/scope")
                .then().statusCode(200).body("staffId", nullValue()).body("fullAccess", equalTo(true));
    }

    @Test
    void clientUsersSeeTheCompaniesTheyBelongToUntilTheMembershipIsRevoked() {
        UUID clientUserId = UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID notTheirs = UUID.randomUUID();
        facts.clientUser(clientUserId, subject);
        facts.member(agencyId, first, clientUserId, "USER");
        facts.member(agencyId, second, clientUserId, "ADMINISTRATOR");
        facts.member(agencyId, notTheirs, UUID.randomUUID(), "ADMINISTRATOR");
        facts.thing(agencyId, first);
        facts.thing(agencyId, second);
        facts.thing(agencyId, notTheirs);
        await().atMost(WITHIN).untilAsserted(() -> asClientUser(subject).get("/probe/portal/things")
                .then().statusCode(200).body("$", containsInAnyOrder(first.toString(), second.toString())));

        asClientUser(subject).get("/probe/portal/clients/" + notTheirs).then().statusCode(404);
        asClientUser(subject).post("/probe/portal/clients/" + first + "/administration").then().statusCode(403);
        asClientUser(subject).post("/probe/portal/clients/" + second + "/administration").then().statusCode(200);

        facts.revoked(agencyId, first, clientUserId);

        await().atMost(WITHIN).untilAsserted(() -> asClientUser(subject).get("/probe/portal/clients/" + first)
                .then().statusCode(404));
        asClientUser(subject).get("/probe/portal/things").then().body("$", contains(second.toString()));
    }

    @Test
    void aClientUserWhoseLoginIsNotLinkedYetSeesNothing() {
        UUID company = UUID.randomUUID();
        facts.member(agencyId, company, UUID.randomUUID(), "ADMINISTRATOR");
        facts.thing(agencyId, company);

        asClientUser(UUID.randomUUID().toString()).get("/probe/portal/things").then().statusCode(200)
                .body("$", empty());
        asClientUser(UUID.randomUUID().toString()).get("/probe/portal/clients/" + company).then().statusCode(404);
    }

    @Test
    void aStaffTokenCannotUseThePortalNorAClientUserTheAgencySide() {
        asStaff(UUID.randomUUID().toString()).get("/probe/portal/things").then().statusCode(403);
        asClientUser(UUID.randomUUID().toString()).get("/probe/staff/things").then().statusCode(403);
        given().get("/probe/staff/things").then().statusCode(401);
    }

    @Test
    void aFactMovingAClientToAnotherAgencyIsDeadLetteredAndChangesNothing() {
        UUID client = UUID.randomUUID();
        facts.responsible(agencyId, client);
        await().atMost(WITHIN).until(() -> agencyId.equals(facts.agencyOf(client)));

        facts.responsible(UUID.randomUUID(), client);

        var dead = KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS + ".access-test.dlq", client.toString(), WITHIN);
        assertThat(KafkaRecords.header(dead, "dead-letter-reason")).contains("belongs to another agency");
        assertThat(facts.agencyOf(client)).isEqualTo(agencyId);
    }

    private RequestSpecification asStaff(String subject) {
        return given().auth().oauth2(TestTokens.staff(agencyId).subject(subject).token());
    }

    private static RequestSpecification asClientUser(String subject) {
        return given().auth().oauth2(TestTokens.clientUser().subject(subject).token());
    }
}
