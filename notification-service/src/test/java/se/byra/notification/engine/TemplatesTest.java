package se.byra.notification.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** Every template renders in both languages: its subject, its in-platform title and summary, both mail parts. */
@QuarkusTest
class TemplatesTest {

    private static final Map<String, String> DATA = Map.of("clientName", "Bergs Bygg AB", "title", "Bokslut",
            "organisationNumber", "559102-4830", "letterVersion", "1", "periodStart", "2027-01-01");

    @Inject
    Texts texts;

    @ParameterizedTest
    @CsvSource({ "staff-invited", "company-invitation", "membership-revoked", "engagement-signed" })
    void rendersInSwedishAndEnglish(String template) {
        for (String language : new String[] { "sv", "en" }) {
            Texts.Mail mail = texts.mail(template, language, DATA, "Karin Revisor", "Demobyrån AB",
                    "http://localhost:8080/byra/kunder");
            assertThat(mail.subject()).isNotBlank().doesNotContain("\n");
            assertThat(mail.text()).contains("Karin Revisor", "http://localhost:8080/byra/kunder");
            assertThat(mail.html()).contains("<html lang=\"" + language + "\">", "Karin Revisor",
                    "href=\"http://localhost:8080/byra/kunder\"");
            Texts.Headline headline = texts.headline(template, language, DATA, "Demobyrån AB",
                    "http://localhost:8080/byra/kunder");
            assertThat(headline.title()).isNotBlank();
            assertThat(headline.summary()).isNotBlank();
        }
    }
}
