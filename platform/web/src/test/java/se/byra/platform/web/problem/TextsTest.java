package se.byra.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void swedishUnlessEnglishIsAsked() {
        assertThat(Texts.get(Texts.SWEDISH, "value.uuid")).isEqualTo("måste vara ett UUID");
        assertThat(Texts.get(Locale.ENGLISH, "value.uuid")).isEqualTo("must be a UUID");
        assertThat(Texts.get(Locale.GERMAN, "value.uuid")).isEqualTo("måste vara ett UUID");
    }

    @Test
    void argumentsAreFilledIn() {
        assertThat(Texts.get(Locale.ENGLISH, "value.date.range", "1900-01-01", "2199-12-31"))
                .isEqualTo("must be a date between 1900-01-01 and 2199-12-31");
    }

    @Test
    void everyKeyHasBothLanguages() throws Exception {
        java.util.Properties swedish = new java.util.Properties();
        java.util.Properties english = new java.util.Properties();
        try (var sv = getClass().getResourceAsStream("/se/byra/platform/web/Messages.properties");
                var en = getClass().getResourceAsStream("/se/byra/platform/web/Messages_en.properties")) {
            swedish.load(new java.io.InputStreamReader(sv, java.nio.charset.StandardCharsets.UTF_8));
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(english.keySet()).isEqualTo(swedish.keySet());
    }
}
