package se.byra.platform.web.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

    @ParameterizedTest
    @CsvSource({
            "556703-7485, 556703-7485",
            "5567037485, 556703-7485",
            "202100-5448, 202100-5448",
            "16202100-5448, 202100-5448",
            "' 556703-7485 ', 556703-7485" })
    void validNumbersAreNormalisedWithAHyphen(String input, String expected) {
        assertThat(OrganisationNumber.normalise(input)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "556703-7484", "55670374", "556703-748A", "5567037485123", "19556703-7485" })
    void wrongChecksumLengthOrCharactersAreRejected(String input) {
        assertThat(OrganisationNumber.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "５５６７０３-７４８５", "٥٥٦٧٠٣-٧٤٨٥", "556703-748５" })
    void digitsOtherThanAsciiAreRejected(String input) {
        assertThat(OrganisationNumber.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "5, 5",
            "5567, 5567",
            "556703, 556703",
            "556703-, 556703",
            "5567037, 556703-7",
            "556703-74, 556703-74",
            "55670374, 556703-74",
            "5567037485, 556703-7485",
            "' 556703-7485 ', 556703-7485" })
    void theBeginningOfANumberIsGivenAsTheStoredNumbersBegin(String input, String expected) {
        assertThat(OrganisationNumber.prefix(input)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "Bageriet", "5567-03", "55670374851", "556703--74", "-5567", "５５６７", "5567 03" })
    void textThatCannotBeginANumberHasNoPrefix(String input) {
        assertThat(OrganisationNumber.prefix(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"556703748, 556703-7485", "802451876, 802451-8766", "559287345, 559287-3458"})
    void nineDigitsAreCompletedWithTheirCheckDigit(String nine, String number) {
        assertThat(OrganisationNumber.withCheckDigit(nine)).isEqualTo(number);
        assertThat(OrganisationNumber.isValid(OrganisationNumber.withCheckDigit(nine))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"55670374", "5567037485", "55670374x", "５56703748"})
    void onlyNineAsciiDigitsCanBeCompleted(String notNine) {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> OrganisationNumber.withCheckDigit(notNine));
    }
}
