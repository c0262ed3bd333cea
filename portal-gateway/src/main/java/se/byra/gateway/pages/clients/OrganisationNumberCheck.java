package se.byra.gateway.pages.clients;

import java.util.Optional;

/**
 * The Swedish organisation number rule, checked in the gateway so the form shows the error at the
 * field at once, without a call: ten digits (a hyphen and a 16 century prefix allowed), the last
 * a Luhn check digit over the first nine; normalised to {@code NNNNNN-NNNN}. engagement-service
 * checks the same rule again.
 * <p>
 * TODO: use se.byra.platform.web.validation.OrganisationNumber once it is in platform/web, and
 * delete this class.
 */
final class OrganisationNumberCheck {

    private OrganisationNumberCheck() {
    }

    /** The normalised number, or empty when it is not a valid organisation number. */
    static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.strip().replace("-", "").replace(" ", "");
        if (digits.length() == 12 && digits.startsWith("16")) {
            digits = digits.substring(2);
        }
        if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || !luhn(digits)) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 6) + "-" + digits.substring(6));
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return sum % 10 == 0;
    }
}
