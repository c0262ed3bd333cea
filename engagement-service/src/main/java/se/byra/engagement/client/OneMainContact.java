package se.byra.engagement.client;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import se.byra.engagement.client.ClientApi.ContactFields;

/**
 * Exactly one of the contacts is the main contact (huvudkontakt). An empty list is left to
 * {@code @NotEmpty}, so it is named once.
 */
@Documented
@Constraint(validatedBy = OneMainContact.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneMainContact {

    String message() default "{se.byra.engagement.contacts.oneMain}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneMainContact, List<? extends ContactFields>> {
        @Override
        public boolean isValid(List<? extends ContactFields> contacts, ConstraintValidatorContext context) {
            return contacts == null || contacts.isEmpty()
                    || contacts.stream().filter(Objects::nonNull).filter(ContactFields::main).count() == 1;
        }
    }
}
