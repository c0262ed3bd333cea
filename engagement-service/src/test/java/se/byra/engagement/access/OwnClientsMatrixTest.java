package se.byra.engagement.access;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.byra.engagement.support.Agency;
import se.byra.engagement.support.StaffRecords;
import se.byra.platform.testkit.TestTokens;

/**
 * Who sees which client, over every endpoint of this service that reads or changes a client or what belongs to
 * it: a full-access member sees every client of the agency; an own-clients member only those they manage, own an
 * engagement of or take part in; anyone else gets the same 404 as for another agency's client.
 */
@QuarkusTest
class OwnClientsMatrixTest {

    @Inject
    StaffRecords records;

    private final Agency agency = new Agency();
    private UUID managed;
    private UUID participated;
    private UUID nobodys;
    private UUID participatedEngagement;
    private UUID nobodysEngagement;
    private String fullSubject;
    private String managerSubject;
    private String participantSubject;
    private UUID manager;
    private UUID participant;

    @BeforeEach
    void clientsWithDifferentPeopleOnThem() throws SQLException {
        manager = agency.inviteOwnClientsStaff("Maja Kundansvarig", "maja@byran.se");
        participant = agency.inviteOwnClientsStaff("Pelle Deltagare", "pelle@byran.se");
        UUID fullMember = agency.inviteStaff("Frida Fullbehörig", "frida@byran.se");
        managerSubject = link(manager);
        participantSubject = link(participant);
        fullSubject = link(fullMember);
        managed = agency.registerClient("Bageriet i Vårby AB", manager);
        participated = agency.registerClient("Cykelverkstan HB");
        participatedEngagement = agency.createEngagement(participated, null, List.of(participant));
        nobodys = agency.registerClient("Däckhuset AB");
        nobodysEngagement = agency.createEngagement(nobodys);
    }

    @Test
    void aFullAccessMemberSeesEveryClientOfTheAgency() {
        member(fullSubject).get("/clients").then().statusCode(200).body("totalItems", equalTo(3));
        for (UUID client : List.of(managed, participated, nobodys)) {
            member(fullSubject).get("/clients/" + client).then().statusCode(200);
        }
        member(fullSubject).get("/engagements").then().statusCode(200).body("items.id",
                containsInAnyOrder(participatedEngagement.toString(), nobodysEngagement.toString()));
    }

    @Test
    void theClientManagerSeesOnlyTheClientTheyManage() {
        Supplier<RequestSpecification> maja = () -> member(managerSubject);
        maja.get().get("/clients").then().statusCode(200).body("items.id", contains(managed.toString()))
                .body("totalItems", equalTo(1));
        maja.get().queryParam("q", "AB").get("/clients").then().statusCode(200)
                .body("items.id", contains(managed.toString())).body("totalItems", equalTo(1));
        maja.get().get("/clients/" + managed).then().statusCode(200);
        maja.get().get("/engagements").then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
        everyClientEndpointAnswers404(maja, participated, participatedEngagement);
        everyClientEndpointAnswers404(maja, nobodys, nobodysEngagement);
    }

    @Test
    void anEngagementParticipantSeesTheClientAndItsEngagements() {
        Supplier<RequestSpecification> pelle = () -> member(participantSubject);
        pelle.get().get("/clients").then().statusCode(200).body("items.id", contains(participated.toString()));
        pelle.get().get("/clients/" + participated).then().statusCode(200);
        pelle.get().get("/engagements").then().statusCode(200).body("items.id", contains(participatedEngagement.toString()));
        pelle.get().queryParam("clientId", participated).get("/engagements").then().statusCode(200)
                .body("items.id", contains(participatedEngagement.toString()));
        pelle.get().get("/engagements/" + participatedEngagement).then().statusCode(200);
        pelle.get().post("/engagements/" + participatedEngagement + "/letter/signature").then().statusCode(200);
        everyClientEndpointAnswers404(pelle, nobodys, nobodysEngagement);
    }

    @Test
    void becomingResponsibleShowsTheClientAtOnce() {
        Supplier<RequestSpecification> maja = () -> member(managerSubject);
        maja.get().get("/clients/" + nobodys).then().statusCode(404);

        agency.createEngagement(nobodys, manager, List.of());

        maja.get().get("/clients/" + nobodys).then().statusCode(200);
        maja.get().get("/clients").then().body("totalItems", equalTo(2));
    }

    @Test
    void anotherAgencysMemberSeesNoneOfTheClients() throws SQLException {
        Agency other = new Agency();
        UUID theirs = other.inviteStaff("Deras Person", "deras@byran.se");
        String subject = "subject-" + theirs;
        records.linkSubject(theirs, subject);
        Supplier<RequestSpecification> stranger = () -> Agency.as(TestTokens.staff(other.id).subject(subject).token());
        stranger.get().get("/clients").then().statusCode(200).body("items", empty());
        everyClientEndpointAnswers404(stranger, managed, participatedEngagement);
    }

    /** Each endpoint that names the client or one of its engagements, as if neither existed. */
    private void everyClientEndpointAnswers404(Supplier<RequestSpecification> caller, UUID client, UUID engagement) {
        List<Function<RequestSpecification, Response>> calls = List.of(
                c -> c.get("/clients/" + client),
                c -> c.body(Agency.updateBody("Nytt namn", "556703-7485", 0,
                        List.of(Agency.contact(null, "Anna Andersson", true)))).put("/clients/" + client),
                c -> c.body(Agency.engagementBody(client)).post("/engagements"),
                c -> c.get("/engagements/" + engagement),
                c -> c.post("/engagements/" + engagement + "/letter/signature"));
        for (var call : calls) {
            call.apply(caller.get()).then().statusCode(404).contentType("application/problem+json");
        }
        caller.get().queryParam("clientId", client).get("/engagements").then().statusCode(200).body("items", empty());
    }

    private String link(UUID staffId) throws SQLException {
        String subject = "subject-" + staffId;
        records.linkSubject(staffId, subject);
        return subject;
    }

    private RequestSpecification member(String subject) {
        return Agency.as(TestTokens.staff(agency.id).subject(subject).token());
    }
}
