package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.HttpStub.Answer;
import se.byra.gateway.support.HttpStub.Request;
import se.byra.gateway.support.ServiceStub;

@QuarkusTest
class AgencyTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The start of a PNG: the gateway passes the bytes on as they are, the service reads what they are. */
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, (byte) 0xff };

    private String token;

    private void signIn() {
        signInAdmin();
        token = browser.get("/byra/medarbetare/ny").csrf();
    }

    private Map<String, Object> withLogo() {
        return Fixtures.with(Fixtures.agency("Demobyrån AB", "556703-7485"), "logo",
                Fixtures.logo("image/png", PNG.length));
    }

    private Page upload(byte[] image) {
        return browser.postMultipart("/byra/installningar/byra/logotyp", Form.of("_csrf", token), "logo", "logo.png",
                "image/png", image);
    }

    @Test
    void everyStaffMemberReadsTheProfileButOnlyAdministratorsSeeTheChanges() {
        signInStaff();
        engagement.onJson("GET", "/agency", 200, withLogo());

        Page page = browser.get("/byra/installningar/byra");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Byrån");
        Element details = html.selectFirst("section[aria-labelledby=details]");
        assertThat(details.select("dt").eachText()).containsExactly("Namn", "Organisationsnummer", "Adress", "E-post",
                "Telefon");
        assertThat(details.select("dd").eachText()).containsExactly("Demobyrån AB", "556703-7485",
                "Drottninggatan 5 111 51 Stockholm", "info@byran.test", "08-123 45 67");
        assertThat(html.selectFirst("img.logo").attr("src")).isEqualTo("/byra/installningar/byra/logotyp");
        assertThat(html.selectFirst("img.logo").attr("alt")).isEqualTo("Byråns logotyp");
        assertThat(html.select("main form")).isEmpty();
        assertThat(html.select("main a[href=/byra/installningar/byra/redigera]")).isEmpty();
    }

    @Test
    void anAdministratorSeesTheEditLinkTheUploadAndTheRemoval() {
        signIn();
        engagement.onJson("GET", "/agency", 200, withLogo());

        Document html = browser.get("/byra/installningar/byra").html();

        assertThat(html.selectFirst("a[href=/byra/installningar/byra/redigera]").text()).isEqualTo("Redigera byråns uppgifter");
        Element upload = html.selectFirst("form[action=/byra/installningar/byra/logotyp]");
        assertThat(upload.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(upload.selectFirst("input[type=file]").attr("accept")).isEqualTo("image/png,image/jpeg");
        assertThat(upload.selectFirst("label[for=logo]").text()).isEqualTo("Byt logotyp");
        assertThat(upload.selectFirst("#logo-hint").text()).isEqualTo("En PNG- eller JPEG-bild, högst 512 kB.");
        assertThat(upload.selectFirst("input[name=_csrf]").val()).isEqualTo(token);
        assertThat(html.selectFirst("form[action=/byra/installningar/byra/logotyp/ta-bort] button").text())
                .isEqualTo("Ta bort logotypen");
    }

    @Test
    void aProfileNotFilledInSaysSoAndWhoFillsItIn() {
        signInStaff();
        engagement.onJson("GET", "/agency", 200, Fixtures.emptyAgency());

        Document staff = browser.get("/byra/installningar/byra").html();

        assertThat(staff.selectFirst(".empty-state .lead").text()).isEqualTo("Byråns uppgifter är inte ifyllda ännu");
        assertThat(staff.selectFirst(".empty-state").text()).contains("En administratör på byrån fyller i dem.");
        assertThat(staff.select("dl")).isEmpty();
        assertThat(staff.selectFirst("section[aria-labelledby=logo-heading]").text()).contains("Byrån har ingen logotyp.");

        se.byra.gateway.support.Browser other = new se.byra.gateway.support.Browser();
        Page admin = other.signIn(se.byra.gateway.support.SignInProvider.User.admin(agency), "/byra/installningar/byra");
        assertThat(admin.html().selectFirst(".empty-state a.button").attr("href")).isEqualTo("/byra/installningar/byra/redigera");
        Document form = other.get("/byra/installningar/byra/redigera").html();
        assertThat(form.selectFirst("h1").text()).isEqualTo("Fyll i byråns uppgifter");
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("0");
    }

    @Test
    void editingSavesTheProfileWithItsVersion() throws Exception {
        signIn();
        engagement.onJson("GET", "/agency", 200, Fixtures.agency("Demobyrån AB", "556703-7485"));
        engagement.onJson("PUT", "/agency", 200, Fixtures.agency("Demobyrån i Stockholm AB", "556703-7485"));

        Document form = browser.get("/byra/installningar/byra/redigera").html();

        assertThat(form.selectFirst("h1").text()).isEqualTo("Ändra byråns uppgifter");
        assertThat(form.selectFirst("#name").val()).isEqualTo("Demobyrån AB");
        assertThat(form.selectFirst("#postalCode").val()).isEqualTo("111 51");
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("1");
        assertThat(form.selectFirst("#organisationNumber").attr("aria-describedby")).isEqualTo("organisationNumber-hint");

        Page saved = browser.post("/byra/installningar/byra/redigera", Form.of("_csrf", token, "version", "1",
                "country", "SE", "name", "Demobyrån i Stockholm AB", "organisationNumber", "5567037485",
                "street", "Drottninggatan 5", "postalCode", "111 51", "city", "Stockholm", "email", "",
                "phone", "08-123 45 67"));

        assertThat(saved.status()).isEqualTo(303);
        JsonNode sent = JSON.readTree(engagement.requests().stream().filter(r -> r.method().equals("PUT"))
                .findFirst().orElseThrow().body());
        assertThat(sent.get("version").asLong()).isEqualTo(1);
        assertThat(sent.get("name").asText()).isEqualTo("Demobyrån i Stockholm AB");
        assertThat(sent.get("organisationNumber").asText()).isEqualTo("556703-7485");
        assertThat(sent.get("email").isNull()).isTrue();
        assertThat(sent.get("address").get("country").asText()).isEqualTo("SE");
        assertThat(browser.get(saved.location().get()).html().selectFirst(".notification-banner").text())
                .contains("Byråns uppgifter är sparade");
    }

    @Test
    void theGatewaysOwnChecksAndTheServicesFieldErrorsAreAtTheFields() {
        signIn();

        Page own = browser.post("/byra/installningar/byra/redigera", Form.of("_csrf", token, "version", "0",
                "name", "", "organisationNumber", "556703-7484", "email", "info"));

        assertThat(own.status()).isEqualTo(400);
        assertThat(own.html().select(".error-summary a").eachAttr("href")).containsExactly("#name",
                "#organisationNumber", "#email");
        assertThat(engagement.requests()).isEmpty();

        engagement.onJson("PUT", "/agency", 400, Fixtures.invalid(Map.of("phone", "måste vara ett telefonnummer",
                "address.postalCode", "måste vara ett postnummer med fem siffror")));
        Page service = browser.post("/byra/installningar/byra/redigera", Form.of("_csrf", token, "version", "0",
                "name", "Demobyrån AB", "organisationNumber", "556703-7485", "postalCode", "1", "phone", "abc"));

        assertThat(service.status()).isEqualTo(400);
        assertThat(service.html().select(".error-summary a").eachText()).containsExactly(
                "Postnummer: måste vara ett postnummer med fem siffror", "Telefon: måste vara ett telefonnummer");
        assertThat(service.html().selectFirst("#phone").val()).isEqualTo("abc");
    }

    @Test
    void aStaleEditIsExplainedWithAWayToTheLatest() {
        signIn();
        engagement.onJson("PUT", "/agency", 409, Fixtures.conflict());

        Page page = browser.post("/byra/installningar/byra/redigera", Form.of("_csrf", token, "version", "0",
                "name", "Demobyrån AB", "organisationNumber", "556703-7485"));

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.html().selectFirst(".notice").text()).startsWith("Någon annan har ändrat byråns uppgifter");
        assertThat(page.html().selectFirst(".notice a").attr("href")).isEqualTo("/byra/installningar/byra/redigera");
        assertThat(page.html().selectFirst("#name").val()).isEqualTo("Demobyrån AB");
    }

    @Test
    void theLogoIsPassedOnWithItsTypeAndNosniff() {
        signInStaff();
        engagement.on("GET", "/agency/logo", request -> Answer.bytes(200, "image/png", PNG));

        Page logo = browser.get("/byra/installningar/byra/logotyp", "Accept", "image/avif,image/webp,image/*,*/*;q=0.8");

        assertThat(logo.status()).isEqualTo(200);
        assertThat(logo.header("Content-Type")).isEqualTo("image/png");
        assertThat(logo.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(logo.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).hasSize(PNG.length);

        engagement.on("GET", "/agency/logo", request -> Answer.bytes(200, "text/html", "<script>".getBytes()));
        assertThat(browser.get("/byra/installningar/byra/logotyp").status()).as("only PNG and JPEG pass")
                .isEqualTo(503);
        engagement.on("GET", "/agency/logo", request -> Answer.problem(404, "{\"status\":404}"));
        assertThat(browser.get("/byra/installningar/byra/logotyp").status()).isEqualTo(404);
    }

    @Test
    void anUploadIsSentOnAsTheRawImage() {
        signIn();
        engagement.onJson("PUT", "/agency/logo", 200, Fixtures.logo("image/png", PNG.length));
        engagement.onJson("GET", "/agency", 200, withLogo());

        Page saved = upload(PNG);

        assertThat(saved.status()).isEqualTo(303);
        Request put = engagement.requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(put.path()).isEqualTo("/agency/logo");
        assertThat(put.bytes()).isEqualTo(PNG);
        assertThat(put.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(browser.get(saved.location().get()).html().selectFirst(".notification-banner").text())
                .contains("Logotypen är uppladdad");
    }

    @Test
    void aLogoTooLargeIsRefusedAtTheFieldWithoutSendingIt() {
        signIn();
        engagement.onJson("GET", "/agency", 200, withLogo());
        byte[] large = Arrays.copyOf(PNG, 512 * 1024 + 1);

        Page page = upload(large);

        assertThat(page.status()).isEqualTo(413);
        Document html = page.html();
        assertThat(html.selectFirst("#logo-error").text()).isEqualTo("Fel: Logotypen får vara högst 512 kB");
        assertThat(html.selectFirst(".error-summary a").attr("href")).isEqualTo("#logo");
        assertThat(html.selectFirst("#logo").attr("aria-describedby")).isEqualTo("logo-hint logo-error");
        assertThat(html.title()).startsWith("Fel: ");
        assertThat(engagement.requests()).noneMatch(r -> r.method().equals("PUT"));
    }

    @Test
    void aPhotoOfSomeMegabytesGetsTheSameAnswerNotTheGatewaysBodyLimit() {
        signIn();
        engagement.onJson("GET", "/agency", 200, withLogo());

        Page page = upload(Arrays.copyOf(PNG, 4 * 1024 * 1024));

        assertThat(page.status()).isEqualTo(413);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.html().selectFirst("#logo-error").text()).isEqualTo("Fel: Logotypen får vara högst 512 kB");
        assertThat(engagement.requests()).noneMatch(r -> r.method().equals("PUT"));
    }

    @Test
    void theServicesRefusalsOfALogoAreInWords() {
        signIn();
        engagement.onJson("GET", "/agency", 200, withLogo());

        engagement.onJson("PUT", "/agency/logo", 415, Fixtures.problem(415, "Unsupported Media Type"));
        Page notAnImage = upload("GIF89a".getBytes());
        engagement.onJson("PUT", "/agency/logo", 413, Fixtures.problem(413, "Content Too Large"));
        Page tooLarge = upload(PNG);
        Page nothingChosen = browser.postMultipart("/byra/installningar/byra/logotyp", Form.of("_csrf", token),
                "logo", "", "application/octet-stream", new byte[0]);

        assertThat(notAnImage.status()).isEqualTo(415);
        assertThat(notAnImage.html().selectFirst("#logo-error").text())
                .isEqualTo("Fel: Logotypen måste vara en PNG- eller JPEG-bild");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.html().selectFirst("#logo-error").text()).isEqualTo("Fel: Logotypen får vara högst 512 kB");
        assertThat(nothingChosen.status()).isEqualTo(400);
        assertThat(nothingChosen.html().selectFirst("#logo-error").text())
                .isEqualTo("Fel: Välj en PNG- eller JPEG-bild att ladda upp");
    }

    @Test
    void theLogoIsRemoved() {
        signIn();
        engagement.onJson("DELETE", "/agency/logo", 200, Fixtures.agency("Demobyrån AB", "556703-7485"));
        engagement.onJson("GET", "/agency", 200, Fixtures.agency("Demobyrån AB", "556703-7485"));

        Page removed = browser.post("/byra/installningar/byra/logotyp/ta-bort", Form.of("_csrf", token));

        assertThat(removed.status()).isEqualTo(303);
        assertThat(engagement.requests()).anyMatch(r -> r.method().equals("DELETE") && r.path().equals("/agency/logo"));
        Document profile = browser.get(removed.location().get()).html();
        assertThat(profile.selectFirst(".notification-banner").text()).contains("Logotypen är borttagen");
        assertThat(profile.select("img.logo")).isEmpty();
    }

    @Test
    void staffWhoAreNotAdministratorsGetTheForbiddenPageForEveryChange() {
        signInStaff();
        String staffToken = browser.get("/byra/kunder/ny").csrf();
        engagement.onJson("GET", "/agency", 200, withLogo());
        engagement.clearRequests();

        assertThat(browser.get("/byra/installningar/byra/redigera").status()).isEqualTo(403);
        assertThat(browser.post("/byra/installningar/byra/redigera", Form.of("_csrf", staffToken, "version", "1",
                "name", "X", "organisationNumber", "556703-7485")).status()).isEqualTo(403);
        assertThat(browser.post("/byra/installningar/byra/logotyp/ta-bort", Form.of("_csrf", staffToken)).status())
                .isEqualTo(403);
        Page upload = browser.postMultipart("/byra/installningar/byra/logotyp", Form.of("_csrf", staffToken), "logo",
                "logo.png", "image/png", PNG);
        assertThat(upload.status()).isEqualTo(403);
        assertThat(upload.html().selectFirst("h1").text()).isEqualTo("Du har inte behörighet till sidan");
        assertThat(engagement.requests()).isEmpty();
    }

    @Test
    void anUploadWithoutTheFormsTokenIsRefused() {
        signIn();

        Page refused = browser.postMultipart("/byra/installningar/byra/logotyp", Form.of("_csrf", "forged"), "logo",
                "logo.png", "image/png", PNG);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html().selectFirst("h1").text()).isEqualTo("Formuläret kunde inte skickas");
        assertThat(engagement.requests()).isEmpty();
    }

    @Test
    void theProfileIsAnUnavailablePageWhenTheServiceIsDown() {
        signInStaff();
        engagement.mode(ServiceStub.Mode.FAILING);

        Page page = browser.get("/byra/installningar/byra");

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Tjänsten svarar inte just nu");
        assertThat(List.of(page.header("Content-Type"))).allMatch(type -> type.startsWith("text/html"));
    }
}
