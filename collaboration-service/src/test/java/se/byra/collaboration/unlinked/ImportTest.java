package se.byra.collaboration.unlinked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Collab;
import se.byra.collaboration.support.Company;
import se.byra.platform.events.collaboration.CollaborationActivated;

/** Collaborations of an older system come in unlinked, row by row, and staff link them to a service and engagement. */
@QuarkusTest
class ImportTest {

    private final Agency agency = new Agency();

    @Test
    void aCsvImportTakesTheGoodRowsAndReportsEachRefusedOneWithWhy() {
        UUID clientId = agency.registerClient();
        String csv = "organisationNumber;reference;serviceName;startedOn\n"
                + "556703-7485;BS-1001;eEkonomi;2019-03-01\n"
                + "556703-7485;BS-1002;\"Lön; Smart\";\n"
                + "556703-7486;BS-1003;Scanner;\n"
                + "559999-0008;BS-1004;Scanner;\n"
                + ";BS-1005;;\n"
                + "556703-7485;;Utlägg;\n"
                + "556703-7485;BS-1006;Utlägg;2019-02-30\n"
                + "556703-7485;BS-1001;eEkonomi;\n";

        agency.asStaff().contentType("text/csv; charset=UTF-8").body(csv).post("/collaborations/import").then().statusCode(200)
                .body("rows", equalTo(8)).body("imported", equalTo(2))
                .body("refused.row", contains(3, 4, 5, 6, 7, 8))
                .body("refused.field", contains("organisationNumber", "organisationNumber", "organisationNumber",
                        "reference", "startedOn", "reference"))
                .body("refused.code", contains("INVALID_ORGANISATION_NUMBER", "UNKNOWN_CLIENT", "REQUIRED", "REQUIRED",
                        "DATE_FORMAT", "ALREADY_IMPORTED"))
                .body("refused[5].reason", equalTo("already imported"));

        agency.asStaff().queryParam("clientId", clientId).queryParam("status", "UNLINKED").get("/collaborations")
                .then().body("items.importReference", containsInAnyOrder("BS-1001", "BS-1002"))
                .body("items.importServiceName", containsInAnyOrder("eEkonomi", "Lön; Smart"));
        agency.asStaff().get("/clients/" + clientId + "/services").then().body("unlinked", equalTo(2));
    }

    @Test
    void aJsonImportRunTwiceTakesEachRowOnce() {
        agency.registerClient();
        List<Map<String, String>> rows = List.of(Map.of("organisationNumber", "5567037485", "reference", "X-1"),
                Map.of("organisationNumber", "556703-7485", "reference", "X-2", "startedOn", "2018-01-01"));

        agency.asStaff().body(Map.of("rows", rows)).post("/collaborations/import").then().statusCode(200).body("imported", equalTo(2));
        agency.asStaff().body(Map.of("rows", rows)).post("/collaborations/import").then().statusCode(200).body("imported", equalTo(0))
                .body("refused.reason", contains("already imported", "already imported"));
    }

    @Test
    void aCsvWithoutTheColumnsIsRefusedAsAWhole() {
        agency.asStaff().contentType("text/csv; charset=UTF-8").body("name,number\nBageriet,1\n").post("/collaborations/import")
                .then().statusCode(400).body("errors.field", contains("body"));
        agency.asStaff().contentType("text/csv; charset=UTF-8").body("organisationNumber,reference\n\"556703-7485,X\n")
                .post("/collaborations/import").then().statusCode(400);
    }

    @Test
    void linkingMakesTheImportActiveOnItsServiceAndEngagement() {
        Company company = agency.company();
        UUID engagementId = agency.signEngagement(company.clientId, null);
        agency.asStaff().body(Map.of("rows", List.of(Map.of("organisationNumber", "556703-7485", "reference", "L-1"))))
                .post("/collaborations/import").then().statusCode(200);
        String id = agency.asStaff().queryParam("clientId", company.clientId).queryParam("status", "UNLINKED")
                .get("/collaborations").then().extract().path("items[0].id");
        company.asAdministrator().get("/companies/" + company.clientId + "/collaborations/" + id).then()
                .statusCode(404);

        agency.asStaff().body(Collab.activation("bookkeeping", engagementId)).post("/collaborations/" + id + "/link")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("service", equalTo("bookkeeping"))
                .body("importReference", equalTo("L-1"));

        CollaborationActivated activated = Agency.records().outbox(CollaborationActivated.TYPE, company.clientId)
                .get(0).payload();
        assertThat(activated.origin()).isEqualTo("IMPORT");
        assertThat(activated.termsVersion()).isNull();
        agency.asStaff().body(Collab.activation("bookkeeping", engagementId)).post("/collaborations/" + id + "/link")
                .then().statusCode(409);
        agency.asStaff().delete("/collaborations/" + id).then().statusCode(409);
        company.asAdministrator().get("/companies/" + company.clientId + "/collaborations/" + id).then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void anUnwantedImportIsRemoved() {
        agency.registerClient();
        agency.asStaff().body(Map.of("rows", List.of(Map.of("organisationNumber", "556703-7485", "reference", "R-1"))))
                .post("/collaborations/import").then().statusCode(200);
        String id = agency.asStaff().queryParam("status", "UNLINKED").get("/collaborations").then().extract()
                .path("items[0].id");

        agency.asStaff().delete("/collaborations/" + id).then().statusCode(200).body("importReference", equalTo("R-1"));

        agency.asStaff().get("/collaborations/" + id).then().statusCode(404);
    }
}
