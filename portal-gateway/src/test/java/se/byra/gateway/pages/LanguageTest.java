package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;

@QuarkusTest
class LanguageTest extends PageTest {

    /** Expressions, sections and comments of Qute; what is left is the template's own text. */
    private static final Pattern QUTE = Pattern.compile("\\{!.*?!}|\\{\\|.*?\\|}|\\{[^{}\\s][^{}]*}", Pattern.DOTALL);
    /** The most keys a bundle may have on this Quarkus (PortalMsg says why). */
    private static final int MAX_KEYS = 300;
    /** Text a person reads in these attributes must come from the bundles too. */
    private static final List<String> WORD_ATTRIBUTES = List.of("aria-label", "title", "alt", "placeholder");

    @Test
    void switchingToEnglishChangesTheWordsAndIsRemembered() {
        signInStaff();
        Page swedish = browser.get("/byra/kunder/ny");

        Page switched = browser.post("/sprak", Form.of("_csrf", swedish.csrf(), "lang", "en", "tillbaka",
                "/byra/kunder/ny"));

        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.location()).contains(browser.base().resolve("/byra/kunder/ny").toString());
        assertThat(switched.header("Set-Cookie")).startsWith("lang=en").contains("HttpOnly").contains("SameSite=Lax")
                .contains("Max-Age=31536000");
        Document english = browser.get("/byra/kunder/ny").html();
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("h1").text()).isEqualTo("Register a client");
        assertThat(english.selectFirst("label[for=organisationNumber] + .hint").text())
                .isEqualTo("10 digits, for example 556703-7485");
        assertThat(english.selectFirst("form[action=/sprak] button").text()).isEqualTo("Svenska");
        assertThat(browser.get("/utloggad").html().selectFirst("h1").text()).isEqualTo("You are signed out");
    }

    @Test
    void swedishIsTheDefault() {
        Document page = browser.get("/utloggad").html();

        assertThat(page.select("html").attr("lang")).isEqualTo("sv");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Du är utloggad");
        assertThat(page.selectFirst("form[action=/sprak] button").attr("lang")).isEqualTo("en");
    }

    @Test
    void theSwitchGoesBackOnlyToThisSite() {
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "")) {
            Page page = browser.post("/sprak", Form.of("lang", "en", "tillbaka", elsewhere));

            assertThat(page.location()).as(elsewhere).contains(browser.base().resolve("/").toString());
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        List<String> bundles;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            bundles = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith("_sv.properties"))
                    .map(name -> name.substring(0, name.length() - "_sv.properties".length())).sorted().toList();
        }
        assertThat(bundles).contains("msg", "portal", "notice", "pcollab", "collab", "collablist");
        for (String bundle : bundles) {
            Properties swedish = bundle("messages/" + bundle + "_sv.properties");
            Properties english = bundle("messages/" + bundle + "_en.properties");

            assertThat(english.stringPropertyNames()).as(bundle).isEqualTo(swedish.stringPropertyNames());
            assertThat(swedish.stringPropertyNames()).as(bundle).hasSizeGreaterThan(20)
                    .hasSizeLessThanOrEqualTo(MAX_KEYS)
                    .allSatisfy(key -> assertThat(swedish.getProperty(key)).as(key).isNotBlank())
                    .allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void templatesHaveNoWordsOfTheirOwn() throws IOException {
        List<String> words = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = QUTE.matcher(Files.readString(template)).replaceAll(" ");
                Document html = Jsoup.parse(text);
                for (Element element : html.getAllElements()) {
                    for (TextNode node : element.textNodes()) {
                        if (node.text().codePoints().anyMatch(Character::isLetter)) {
                            words.add(template.getFileName() + ": " + node.text().strip());
                        }
                    }
                    for (String attribute : WORD_ATTRIBUTES) {
                        if (element.attr(attribute).codePoints().anyMatch(Character::isLetter)) {
                            words.add(template.getFileName() + " " + attribute + ": " + element.attr(attribute));
                        }
                    }
                }
            }
        }
        assertThat(words).isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LanguageTest.class.getClassLoader().getResourceAsStream(name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
