package se.byra.platform.web.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A valid Swedish organisation number (checksum included); null is left to {@code @NotBlank}. Its
 * message is in platform/web's {@code ContributorValidationMessages_sv/_en}, so it follows the
 * caller's language like Bean Validation's own.
 */
@Documented
@Constraint(validatedBy = ValidOrganisationNumber.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidOrganisationNumber {

    String message() default "{se.byra.platform.web.validation.organisationNumber.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidOrganisationNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || OrganisationNumber.isValid(value);
        }
    }
}
