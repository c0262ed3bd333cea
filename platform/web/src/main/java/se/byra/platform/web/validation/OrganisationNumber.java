package se.byra.platform.web.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Swedish organisation number: ten digits, the last a Luhn check digit over the first nine.
 * Accepted with or without the hyphen (and with a 16 century prefix); kept as {@code NNNNNN-NNNN}.
 * Sole traders use their personal identity number, which follows the same rule. A national format,
 * no business rule: here so that a service and the gateway (next to the form field) check it alike.
 */
public final class OrganisationNumber {

    /** The form, for the OpenAPI document; the check digit is beyond a pattern. */
    public static final String PATTERN = "^(16)?[0-9]{6}-?[0-9]{4}$";

    /** The first digits of a number, with or without the hyphen after the sixth. */
    private static final Pattern BEGINNING = Pattern.compile("[0-9]{1,10}|[0-9]{6}-[0-9]{0,4}");

    private OrganisationNumber() {
    }

    /** The normalised number, or empty when it is not a valid organisation number. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.strip().replace("-", "").replace(" ", "");
        if (digits.length() == 12 && digits.startsWith("16")) {
            digits = digits.substring(2);
        }
        // ASCII digits only: Character.isDigit would also take "５" and "٥", and so a duplicate of a stored number
        if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || !luhnValid(digits)) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 6) + "-" + digits.substring(6));
    }

    /**
     * The beginning of the stored numbers ({@code NNNNNN-NNNN}) that begin with the digits typed, for a
     * prefix search: {@code 5567} gives {@code 5567}; {@code 55670374} and {@code 556703-74} both give
     * {@code 556703-74}. Empty when {@code input} cannot be the beginning of a number.
     */
    public static Optional<String> prefix(String input) {
        if (input == null || !BEGINNING.matcher(input.strip()).matches()) {
            return Optional.empty();
        }
        String digits = input.strip().replace("-", "");
        return Optional.of(digits.length() > 6 ? digits.substring(0, 6) + "-" + digits.substring(6) : digits);
    }

    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }

    /**
     * The number whose first nine digits are these, completed with its check digit ({@code NNNNNN-NNNN}):
     * for demo data and benchmarks that need many valid numbers.
     */
    public static String withCheckDigit(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("nine ASCII digits expected, got " + nineDigits);
        }
        String ten = nineDigits + (10 - luhnSum(nineDigits + "0") % 10) % 10;
        return ten.substring(0, 6) + "-" + ten.substring(6);
    }

    static boolean luhnValid(String tenDigits) {
        return luhnSum(tenDigits) % 10 == 0;
    }

    /** Luhn's sum over ten digits: every other digit from the first doubled (less 9 when over 9). */
    private static int luhnSum(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }
}
