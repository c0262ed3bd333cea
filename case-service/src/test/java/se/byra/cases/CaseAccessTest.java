package se.byra.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import se.byra.cases.support.Agency;
import se.byra.cases.support.Company;
import se.byra.cases.support.Files;

/**
 * Every endpoint refuses the wrong caller, in one table: no token 401; a client user on the agency's side, or
 * staff on the portal's, 403; another agency's staff, or a member of another company, 404 as if nothing were there.
 */
@QuarkusTest
class CaseAccessTest {

    private record Call(String method, String path, Object body) {

        int status(RequestSpecification as) {
            RequestSpecification request = as;
            if (path.endsWith("/attachments")) {
                request = as.contentType(ContentType.BINARY).queryParam("fileName", "a.pdf").body(Files.PDF);
            } else if (body != null) {
                request = as.body(body);
            }
            request = request.accept("*/*");
            return switch (method) {
                case "GET" -> request.get(path).statusCode();
                case "PUT" -> request.put(path).statusCode();
                case "DELETE" -> request.delete(path).statusCode();
                default -> request.post(path).statusCode();
            };
        }
    }

    @Test
    void theAgencysEndpointsRefuseTheWrongCaller() {
        Agency agency = new Agency();
        Company company = agency.consentingCompany();
        String id = company.sentQuestion();
        String attachment = Files.upload(agency.asStaff(), "/cases/" + id, null, "a.pdf", Files.PDF).then()
                .statusCode(201).extract().path("id");
        String template = agency.asStaff().body(Map.of("version", 0, "name", "Mall", "type", "QUESTION", "title",
                "Fråga", "description", "Text")).post("/case-templates").then().statusCode(201).extract().path("id");
        Map<String, Object> edit = Map.of("version", 0, "title", "x", "description", "y");
        List<Call> calls = List.of(
                new Call("GET", "/clients/" + company.clientId + "/consent", null),
                new Call("POST", "/clients/" + company.clientId + "/consent/request", null),
                new Call("GET", "/clients/" + company.clientId + "/case-summary", null),
                new Call("GET", "/cases/" + id, null),
                new Call("PUT", "/cases/" + id, edit),
                new Call("POST", "/cases/" + id + "/sending", null),
                new Call("POST", "/cases/" + id + "/return", Map.of("text", "x")),
                new Call("POST", "/cases/" + id + "/closing", Map.of()),
                new Call("POST", "/cases/" + id + "/cancellation", Map.of()),
                new Call("POST", "/cases/" + id + "/read", null),
                new Call("GET", "/cases/" + id + "/comments", null),
                new Call("POST", "/cases/" + id + "/comments", Map.of("text", "x")),
                new Call("GET", "/cases/" + id + "/history", null),
                new Call("POST", "/cases/" + id + "/attachments", null),
                new Call("GET", "/cases/" + id + "/attachments/" + attachment, null),
                new Call("DELETE", "/cases/" + id + "/attachments/" + attachment, null),
                new Call("GET", "/case-templates/" + template, null),
                new Call("PUT", "/case-templates/" + template, Map.of("version", 0, "name", "M", "type", "QUESTION",
                        "title", "F", "description", "T")),
                new Call("DELETE", "/case-templates/" + template, null),
                new Call("POST", "/case-templates/" + template + "/dispatch", Map.of("clientIds",
                        List.of(company.clientId))),
                new Call("POST", "/cases", Map.of("clientId", company.clientId, "type", "QUESTION", "title", "x")));
        Agency stranger = new Agency();
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            expect(wrong, call, "anonymous", call.status(Agency.anonymous()), 401);
            expect(wrong, call, "a client user", call.status(company.asAdministrator()), 403);
            expect(wrong, call, "another agency", call.status(stranger.asStaff()), 404);
        }
        for (String list : List.of("/cases", "/consents", "/case-templates")) {
            Call call = new Call("GET", list, null);
            expect(wrong, call, "anonymous", call.status(Agency.anonymous()), 401);
            expect(wrong, call, "a client user", call.status(company.asAdministrator()), 403);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void thePortalsEndpointsRefuseTheWrongCaller() {
        Agency agency = new Agency();
        Company company = agency.consentingCompany();
        Company other = agency.consentingCompany();
        String id = company.sentQuestion();
        String attachment = Files.upload(company.asAdministrator(), company.caseOf(id), null, "a.pdf", Files.PDF)
                .then().statusCode(201).extract().path("id");
        String consent = Company.consent(company.clientId);
        List<Call> calls = List.of(
                new Call("GET", consent, null),
                new Call("POST", consent + "/grant", null),
                new Call("POST", consent + "/decline", Map.of()),
                new Call("POST", consent + "/revocation", Map.of()),
                new Call("GET", "/companies/" + company.clientId + "/case-menu", null),
                new Call("GET", "/companies/" + company.clientId + "/case-contacts", null),
                new Call("GET", company.cases(), null),
                new Call("POST", company.cases(), Map.of("title", "x", "description", "y", "assigneeId",
                        java.util.UUID.randomUUID())),
                new Call("GET", company.caseOf(id), null),
                new Call("PUT", company.caseOf(id) + "/answer", Map.of("answer", Map.of("text", "x"))),
                new Call("POST", company.caseOf(id) + "/answer/submission", Map.of()),
                new Call("POST", company.caseOf(id) + "/read", null),
                new Call("GET", company.caseOf(id) + "/comments", null),
                new Call("POST", company.caseOf(id) + "/comments", Map.of("text", "x")),
                new Call("GET", company.caseOf(id) + "/history", null),
                new Call("POST", company.caseOf(id) + "/attachments", null),
                new Call("GET", company.caseOf(id) + "/attachments/" + attachment, null),
                new Call("DELETE", company.caseOf(id) + "/attachments/" + attachment, null));
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            expect(wrong, call, "anonymous", call.status(Agency.anonymous()), 401);
            expect(wrong, call, "staff", call.status(agency.asStaff()), 403);
            expect(wrong, call, "another company's member", call.status(other.asAdministrator()), 404);
        }
        Call tasks = new Call("GET", "/me/case-tasks", null);
        expect(wrong, tasks, "anonymous", tasks.status(Agency.anonymous()), 401);
        expect(wrong, tasks, "staff", tasks.status(agency.asStaff()), 403);
        assertThat(wrong).isEmpty();
    }

    private static void expect(List<String> wrong, Call call, String who, int status, int expected) {
        if (status != expected) {
            wrong.add(call.method() + " " + call.path() + " as " + who + ": " + status + ", expected " + expected);
        }
    }
}
