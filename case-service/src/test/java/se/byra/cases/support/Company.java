package se.byra.cases.support;

import java.util.Map;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;

/** A client that has consented to case management, and its administrator. */
public final class Company {

    public final Agency agency;
    public final UUID clientId;
    public final Agency.Person administrator;

    Company(Agency agency, UUID clientId, Agency.Person administrator) {
        this.agency = agency;
        this.clientId = clientId;
        this.administrator = administrator;
    }

    public RequestSpecification asAdministrator() {
        return administrator.as();
    }

    public static String consent(UUID clientId) {
        return "/companies/" + clientId + "/consent";
    }

    public String cases() {
        return "/companies/" + clientId + "/cases";
    }

    public String caseOf(String caseId) {
        return cases() + "/" + caseId;
    }

    /** A draft of the agency's, sent: the client's turn; its id. */
    public String sentCase(String type, Object definition) {
        String id = agency.asStaff().body(Agency.newCase(clientId, type, definition)).post("/cases")
                .then().statusCode(201).extract().path("id");
        agency.asStaff().post("/cases/" + id + "/sending").then().statusCode(200);
        return id;
    }

    /** A question with no definition, sent. */
    public String sentQuestion() {
        return sentCase("QUESTION", null);
    }

    public static Map<String, Object> answer(Map<String, Object> answer) {
        return Map.of("answer", answer);
    }
}
