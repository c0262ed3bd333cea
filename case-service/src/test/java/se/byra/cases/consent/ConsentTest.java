package se.byra.cases.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.cases.support.Agency;
import se.byra.cases.support.Agency.Person;
import se.byra.cases.support.Agency.Staff;
import se.byra.cases.support.Company;
import se.byra.platform.events.cases.ConsentDeclined;
import se.byra.platform.events.cases.ConsentGranted;
import se.byra.platform.events.cases.ConsentRequested;
import se.byra.platform.events.cases.ConsentRevoked;
import se.byra.platform.events.cases.CaseClosed;

@QuarkusTest
class ConsentTest {

    private final Agency agency = new Agency();

    private static String consent(UUID clientId) {
        return "/clients/" + clientId + "/consent";
    }

    @Test
    void anInvitationGoesToTheMainContactAndIsPublished() {
        Staff anna = agency.staff("Anna Lindqvist", "FULL");
        String email = Agency.uniqueEmail("Sara").replace("sara", "Sara");
        UUID clientId = agency.client(Agency.register("Bageriet i Vårby AB", "Storgatan 1", "111 22", "Stockholm",
                "Sara Bagare", email));
        agency.asStaff().get(consent(clientId)).then().statusCode(200).body("status", equalTo("NONE"))
                .body("refusals.size()", equalTo(0));

        anna.as().post(Agency.consentRequest(clientId)).then().statusCode(200)
                .body("status", equalTo("REQUESTED")).body("mainContactName", equalTo("Sara Bagare"))
                .body("mainContactEmail", equalTo(email.toLowerCase(java.util.Locale.ROOT)))
                .body("requestedByName", equalTo("Anna Lindqvist")).body("history[0].what", equalTo("REQUESTED"));

        List<se.byra.cases.support.Records.Published<ConsentRequested>> published = Agency.records()
                .outbox(ConsentRequested.TYPE, clientId);
        assertThat(published).hasSize(1);
        ConsentRequested event = published.get(0).payload();
        assertThat(event.mainContactEmail()).isEqualTo(email.toLowerCase(java.util.Locale.ROOT));
        assertThat(event.requestedById()).isEqualTo(anna.id());
        assertThat(event.resent()).isFalse();
        assertThat(published.get(0).agencyId()).isEqualTo(agency.id);
    }

    @Test
    void aMainContactWithoutEmailIsRefusedWithItsOwnProblem() {
        UUID clientId = agency.client(Agency.register("Utan Epost AB", "Storgatan 1", "111 22", "Stockholm",
                "Sara Bagare", null));
        agency.asStaff().get(consent(clientId)).then().statusCode(200)
                .body("refusals.code", equalTo(List.of("MAIN_CONTACT_EMAIL_MISSING")));
        agency.asStaff().post(Agency.consentRequest(clientId)).then().statusCode(422)
                .body("type", equalTo("tag:byra.se,2026:problem:main-contact-email-missing"))
                .body("errors[0].field", equalTo("mainContactEmail"));
        assertThat(Agency.records().outbox(ConsentRequested.TYPE, clientId)).isEmpty();
    }

    @Test
    void anIncompleteAddressIsRefusedWithItsOwnProblem() {
        UUID clientId = agency.client(Agency.register("Utan Adress AB", "Storgatan 1", null, "Stockholm",
                "Sara Bagare", Agency.uniqueEmail("sara")));
        agency.asStaff().post(Agency.consentRequest(clientId)).then().statusCode(422)
                .body("type", equalTo("tag:byra.se,2026:problem:client-address-incomplete"))
                .body("errors[0].field", equalTo("address"));
    }

    @Test
    void aMainContactWithAStaffMembersEmailIsRefusedWithItsOwnProblem() {
        Staff erik = agency.staff("Erik Johansson", "FULL");
        UUID clientId = agency.client(Agency.register("Eriks Egna AB", "Storgatan 1", "111 22", "Stockholm",
                "Erik Johansson", erik.email().toUpperCase(java.util.Locale.ROOT)));
        agency.asStaff().get(consent(clientId)).then().statusCode(200)
                .body("refusals.code", equalTo(List.of("MAIN_CONTACT_IS_STAFF")));
        agency.asStaff().post(Agency.consentRequest(clientId)).then().statusCode(422)
                .body("type", equalTo("tag:byra.se,2026:problem:main-contact-is-staff"));
    }

    @Test
    void theAdministratorGrantsConsentAndTheRequesterIsTold() {
        Staff anna = agency.staff("Anna Lindqvist", "FULL");
        UUID clientId = agency.client();
        Person sara = agency.member(clientId, "Sara Bagare", "ADMINISTRATOR");
        sara.as().get(Company.consent(clientId)).then().statusCode(200).body("status", equalTo("NONE"))
                .body("mayAnswer", equalTo(false));
        anna.as().post(Agency.consentRequest(clientId)).then().statusCode(200);
        sara.as().get(Company.consent(clientId)).then().statusCode(200).body("status", equalTo("REQUESTED"))
                .body("mayAnswer", equalTo(true)).body("requestedByName", equalTo("Anna Lindqvist"));

        sara.as().post(Company.consent(clientId) + "/grant").then().statusCode(200)
                .body("status", equalTo("GRANTED")).body("answeredByName", equalTo("Sara Bagare"));

        ConsentGranted granted = Agency.records().outbox(ConsentGranted.TYPE, clientId).get(0).payload();
        assertThat(granted.grantedById()).isEqualTo(sara.id());
        assertThat(granted.staffIds()).containsExactly(anna.id());
        agency.asStaff().get(consent(clientId)).then().statusCode(200).body("status", equalTo("GRANTED"))
                .body("history.what", equalTo(List.of("REQUESTED", "GRANTED")));
        agency.asStaff().post(Agency.consentRequest(clientId)).then().statusCode(409)
                .body("type", equalTo("tag:byra.se,2026:problem:consent-granted"));
        sara.as().post(Company.consent(clientId) + "/grant").then().statusCode(409)
                .body("type", equalTo("tag:byra.se,2026:problem:consent-not-requested"));
    }

    @Test
    void aUserOfTheCompanyMayNotAnswerAndAnotherCompanyIsNotFound() {
        UUID clientId = agency.client();
        Person olof = agency.member(clientId, "Olof Sandberg", "USER");
        agency.asStaff().post(Agency.consentRequest(clientId)).then().statusCode(200);
        olof.as().get(Company.consent(clientId)).then().statusCode(200).body("mayAnswer", equalTo(false));
        olof.as().post(Company.consent(clientId) + "/grant").then().statusCode(403);

        Person stranger = agency.member(agency.client(), "Lisa Främling", "ADMINISTRATOR");
        stranger.as().get(Company.consent(clientId)).then().statusCode(404);
        stranger.as().post(Company.consent(clientId) + "/grant").then().statusCode(404);
    }

    @Test
    void aDeclinedInvitationKeepsTheReasonAndMayBeSentAgain() {
        UUID clientId = agency.client();
        Person sara = agency.member(clientId, "Sara Bagare", "ADMINISTRATOR");
        agency.asStaff().post(Agency.consentRequest(clientId)).then().statusCode(200);
        sara.as().body(Map.of("reason", "Vi mejlar hellre.")).post(Company.consent(clientId) + "/decline")
                .then().statusCode(200).body("status", equalTo("DECLINED")).body("reason", equalTo("Vi mejlar hellre."));
        assertThat(Agency.records().outbox(ConsentDeclined.TYPE, clientId).get(0).payload().reason())
                .isEqualTo("Vi mejlar hellre.");

        agency.asStaff().post(Agency.consentRequest(clientId)).then().statusCode(200)
                .body("status", equalTo("REQUESTED")).body("history.what", hasItems("DECLINED", "RESENT"));
        assertThat(Agency.records().outbox(ConsentRequested.TYPE, clientId)).extracting(p -> p.payload().resent())
                .containsExactly(false, true);
    }

    @Test
    void revokingClosesTheOpenCasesKeepsDraftsAndLeavesTheHistoryReadable() {
        Staff anna = agency.staff("Anna Lindqvist", "FULL");
        Company company = agency.consentingCompany();
        String open = company.sentQuestion();
        String assigned = agency.asStaff().body(Map.of("clientId", company.clientId, "type", "INFORMATION",
                "title", "Nya öppettider", "description", "Vi har stängt i mellandagarna.", "assigneeId", anna.id()))
                .post("/cases").then().statusCode(201).extract().path("id");
        agency.asStaff().post("/cases/" + assigned + "/sending").then().statusCode(200);
        String draft = agency.asStaff().body(Agency.newCase(company.clientId, "QUESTION", null)).post("/cases")
                .then().statusCode(201).extract().path("id");

        company.asAdministrator().body(Map.of("reason", "Vi byter byrå.")).post(Company.consent(company.clientId)
                + "/revocation").then().statusCode(200).body("status", equalTo("REVOKED"));
        company.asAdministrator().body(Map.of()).post(Company.consent(company.clientId) + "/revocation").then()
                .statusCode(409).body("type", equalTo("tag:byra.se,2026:problem:consent-not-granted"));

        agency.asStaff().get("/cases/" + open).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closingReason", equalTo("CONSENT_REVOKED"));
        agency.asStaff().get("/cases/" + draft).then().statusCode(200).body("status", equalTo("DRAFT"));
        ConsentRevoked revoked = Agency.records().outbox(ConsentRevoked.TYPE, company.clientId).get(0).payload();
        assertThat(revoked.closedCases()).isEqualTo(2);
        assertThat(revoked.staffIds()).containsExactly(anna.id());
        assertThat(Agency.records().outbox(CaseClosed.TYPE, company.clientId)).hasSize(2)
                .allSatisfy(p -> assertThat(p.payload().reason()).isEqualTo("CONSENT_REVOKED"));

        company.asAdministrator().get(company.cases() + "?state=closed").then().statusCode(200)
                .body("totalItems", equalTo(2));
        company.asAdministrator().get("/companies/" + company.clientId + "/case-menu").then().statusCode(200)
                .body("visible", equalTo(true)).body("waiting", equalTo(0));
        company.asAdministrator().get(company.caseOf(open) + "/history").then().statusCode(200)
                .body("items.what", hasItems("SENT", "CONSENT_REVOKED"));
        agency.asStaff().post("/cases/" + draft + "/sending").then().statusCode(409)
                .body("type", equalTo("tag:byra.se,2026:problem:consent-required"));
    }

    @Test
    void staffWithOwnClientsSeeOnlyTheirClientsConsent() {
        Staff erik = agency.staff("Erik Johansson", "OWN_CLIENTS");
        UUID his = agency.client(erik.id());
        UUID other = agency.client();
        agency.asStaff().post(Agency.consentRequest(his)).then().statusCode(200);
        agency.asStaff().post(Agency.consentRequest(other)).then().statusCode(200);

        erik.as().get(consent(his)).then().statusCode(200);
        erik.as().get(consent(other)).then().statusCode(404);
        erik.as().post(Agency.consentRequest(other)).then().statusCode(404);
        erik.as().get("/consents").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].clientId", equalTo(his.toString()));
        agency.asStaff().get("/consents?status=REQUESTED").then().statusCode(200).body("totalItems", equalTo(2));
        new Agency().asStaff().get(consent(his)).then().statusCode(404);
    }

    @Test
    void theConsentEndpointsRefuseTheWrongCaller() {
        UUID clientId = agency.client();
        Person sara = agency.member(clientId, "Sara Bagare", "ADMINISTRATOR");
        Agency.anonymous().get(consent(clientId)).then().statusCode(401);
        Agency.anonymous().post(Company.consent(clientId) + "/grant").then().statusCode(401);
        sara.as().get(consent(clientId)).then().statusCode(403);
        sara.as().post(Agency.consentRequest(clientId)).then().statusCode(403);
        agency.asStaff().get(Company.consent(clientId)).then().statusCode(403);
        agency.asStaff().post(Company.consent(clientId) + "/revocation").then().statusCode(403);
        agency.asStaff().get(consent(UUID.randomUUID())).then().statusCode(404);
        sara.as().body(Map.of("reason", "x".repeat(1001))).post(Company.consent(clientId) + "/decline")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }
}
