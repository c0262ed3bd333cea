package se.byra.platform.web.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

class ValidOrganisationNumberTest {

    record Form(@ValidOrganisationNumber String organisationNumber) {
    }

    @Test
    void aWrongCheckDigitIsNamedInSwedishOrEnglishFromPlatformWebsOwnMessages() {
        assertThat(message(Locale.forLanguageTag("sv"), "556703-7484"))
                .isEqualTo("är inte ett giltigt svenskt organisationsnummer");
        assertThat(message(Locale.ENGLISH, "556703-7484")).isEqualTo("is not a valid Swedish organisation number");
    }

    @Test
    void aValidNumberAndNullPass() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getValidator().validate(new Form("5567037485"))).isEmpty();
            assertThat(factory.getValidator().validate(new Form(null))).isEmpty();
        }
    }

    private static String message(Locale locale, String number) {
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(locale).buildValidatorFactory()) {
            return factory.getValidator().validate(new Form(number)).stream().map(ConstraintViolation::getMessage)
                    .findFirst().orElseThrow();
        }
    }
}
