package se.byra.engagement.client;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import se.byra.engagement.support.Agency;

/** GET /clients?q=: the search box of the agency's client list. */
@QuarkusTest
class ClientSearchTest {

    private final Agency agency = new Agency();

    private ValidatableResponse search(String q) {
        return agency.asStaff().queryParam("q", q).get("/clients").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "vårby", "VÅRBY", "Vårby", "i vår", "  vårby  " })
    void aPartOfTheNameFindsTheClientInAnyCaseSwedishLettersIncluded(String q) {
        agency.registerClient("Bageriet i Vårby AB");
        agency.registerClient("Cykelverkstan AB");

        search(q).body("items.name", contains("Bageriet i Vårby AB")).body("totalItems", equalTo(1));
    }

    @Test
    void capitalÅÄÖInANameAreFoundByTheirSmallLetters() {
        agency.registerClient("Åkeri Öst AB");
        agency.registerClient("Ängens Städ AB");
        agency.registerClient("Bageriet AB");

        search("åkeri ö").body("items.name", contains("Åkeri Öst AB"));
        search("äNGENS").body("items.name", contains("Ängens Städ AB"));
        search("ÖST").body("items.name", contains("Åkeri Öst AB"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "5567", "556703", "556703-", "5567037", "556703-74", "55670374", "5567037485",
            "556703-7485" })
    void theFirstDigitsOfTheOrganisationNumberFindTheClientWithOrWithoutTheHyphen(String q) {
        agency.registerClient("Bageriet i Vårby AB"); // 556703-7485
        agency.registerClient("Cykelverkstan AB"); // 202100-5448
        agency.registerClient("Däckhuset AB"); // 556036-0793

        search(q).body("items.organisationNumber", contains("556703-7485"));
    }

    @Test
    void digitsFromTheMiddleOfANumberFindNothing() {
        agency.registerClient("Bageriet i Vårby AB"); // 556703-7485

        search("7485").body("items", empty()).body("totalItems", equalTo(0));
    }

    @Test
    void aPrefixSharedByManyNumbersFindsThemAllByName() {
        agency.registerClient("Cykelverkstan AB"); // 556703-7485
        agency.registerClient("Alfa AB"); // 202100-5448
        agency.registerClient("Bageriet AB"); // 556036-0793

        search("556").body("items.name", contains("Bageriet AB", "Cykelverkstan AB"));
    }

    @Test
    void aTextNoClientHasFindsAnEmptyPage() {
        agency.registerClient("Bageriet i Vårby AB");

        search("Finns inte").body("items", empty()).body("totalItems", equalTo(0)).body("totalPages", equalTo(0));
    }

    @Test
    void aSearchIsPagedInNameOrder() {
        agency.registerClient("Östra Bygg AB");
        agency.registerClient("Bygg Alfa AB");
        agency.registerClient("Cykelverkstan AB");
        agency.registerClient("Bygg Beta AB");
        agency.registerClient("Ditt Bygg AB");

        agency.asStaff().queryParam("q", "bygg").queryParam("page", 0).queryParam("size", 2).get("/clients")
                .then().statusCode(200)
                .body("items.name", contains("Bygg Alfa AB", "Bygg Beta AB"))
                .body("totalItems", equalTo(4)).body("totalPages", equalTo(2));
        agency.asStaff().queryParam("q", "bygg").queryParam("page", 1).queryParam("size", 2).get("/clients")
                .then().statusCode(200)
                .body("items.name", contains("Ditt Bygg AB", "Östra Bygg AB"))
                .body("page", equalTo(1));
    }

    @Test
    void anotherAgencysClientsAreNeverFound() {
        agency.registerClient("Bageriet i Vårby AB");
        new Agency().registerClient("Bageriet i Vårby Syd AB");

        search("bageriet").body("items.name", contains("Bageriet i Vårby AB"));
    }

    @Test
    void percentAndUnderscoreAreMatchedAsThemselves() {
        agency.registerClient("100% Revision AB");
        agency.registerClient("Bygg_Nord AB");
        agency.registerClient("Ek Konsult AB");

        search("%").body("items.name", contains("100% Revision AB"));
        search("_").body("items.name", contains("Bygg_Nord AB"));
        search("\\").body("items", empty());
    }

    @Test
    void aBlankSearchListsEveryClient() {
        agency.registerClient("Alfa AB");
        agency.registerClient("Beta AB");

        search("   ").body("items.name", contains("Alfa AB", "Beta AB"));
    }

    @Test
    void aSearchLongerThan100CharactersIsRefusedNamingQ() {
        agency.asStaff().queryParam("q", "a".repeat(101)).get("/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void eachRowCarriesTheClientsVersion() {
        agency.registerClient("Alfa AB");

        search("alfa").body("items[0].version", equalTo(0));
    }
}
