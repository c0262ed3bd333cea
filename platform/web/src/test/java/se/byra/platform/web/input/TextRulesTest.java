package se.byra.platform.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = { "Bageriet i Vårby AB", "Åsa Öberg-Ängström", "日本語", "emoji 😀 fine", "tab\tno" })
    void ordinaryTextPassesOnOneLineButTabsOnlyInMultiLine(String text) {
        assertThat(TextRules.violation(text, true)).isEmpty();
        assertThat(TextRules.violation(text, false).isEmpty()).isEqualTo(!text.contains("\t"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "nul\u0000", "bell\u0007", "esc\u001B[31m", "del\u007F", "c1\u0085" })
    void controlCharactersAreRefusedEvenInMultiLineText(String text) {
        assertThat(TextRules.violation(text, false)).contains("text.control");
        assertThat(TextRules.violation(text, true)).contains("text.control.multiline");
    }

    @Test
    void lineBreaksAreAllowedOnlyInMultiLineText() {
        assertThat(TextRules.violation("rad ett\r\nrad två", true)).isEmpty();
        assertThat(TextRules.violation("rad ett\nrad två", false)).contains("text.control");
    }

    @ParameterizedTest
    @ValueSource(strings = { "lone \uD800 high", "lone \uDC00 low", "ends high \uD83D" })
    void brokenSurrogatesAreRefused(String text) {
        assertThat(TextRules.violation(text, true)).contains("text.surrogate");
    }

    @Test
    void textIsKeptInNfc() {
        assertThat(TextRules.normalise("Va\u030Arby")).isEqualTo("Vårby");
    }

    @Test
    void boundedTextLosesControlCharactersAndIsCutWithoutSplittingACharacter() {
        assertThat(TextRules.bounded("Karin\u0007 Revisor", 100)).isEqualTo("Karin  Revisor");
        assertThat(TextRules.bounded("ab😀", 3)).isEqualTo("ab");
        assertThat(TextRules.bounded(null, 3)).isNull();
    }

    @Test
    void onlyAsciiDigitsAreDigits() {
        assertThat(TextRules.isAsciiDigit('7')).isTrue();
        assertThat(TextRules.isAsciiDigit('７')).isFalse();
        assertThat(TextRules.isAsciiDigit('٧')).isFalse();
    }
}
