package se.byra.gateway.pages.portal.collaborations;

import static se.byra.gateway.pages.FormValues.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.PortalCollabMsg;

/**
 * Ending a collaboration from the company's side: whether the company keeps the service alone (required, not chosen
 * beforehand: it matters), and when, now or on a day that has not passed. The radio groups are named by their first
 * radio's id ({@code keepService}, {@code when}), so the error summary's links land on the groups.
 */
public final class EndForm {

    static final List<String> FIELDS = List.of("keepService", "when", "endsOn");
    static final String NOW = "now";
    static final String ON_A_DAY = "date";

    /** The form as posted. */
    public static class Data {

        @RestForm
        public String keepService;

        @RestForm
        public String when;

        @RestForm
        public String endsOn;
    }

    public final String keepService;
    public final String when;
    public final String endsOn;

    private EndForm(String keepService, String when, String endsOn) {
        this.keepService = keepService;
        this.when = when;
        this.endsOn = endsOn;
    }

    static EndForm empty() {
        return new EndForm("", "", "");
    }

    static EndForm of(Data data) {
        return new EndForm(text(data.keepService), text(data.when), text(data.endsOn));
    }

    static FormErrors noErrors() {
        return new FormErrors(FIELDS);
    }

    /** The answer to "keep the service alone?" as posted ({@code true}, {@code false}); null when none was chosen. */
    static Boolean keep(String value) {
        return switch (text(value)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    public boolean now() {
        return NOW.equals(when);
    }

    public boolean onADay() {
        return ON_A_DAY.equals(when);
    }

    boolean keepsService() {
        return Boolean.TRUE.equals(keep(keepService));
    }

    /** The last day to send: null for now. Only after {@link #check} found nothing. */
    LocalDate lastDay() {
        return onADay() ? LocalDate.parse(endsOn) : null;
    }

    /** What is missing or wrong, in words; {@code example} a day to write as. */
    FormErrors check(PortalCollabMsg words, LocalDate today, String example) {
        FormErrors errors = noErrors();
        if (keep(keepService) == null) {
            errors.add("keepService", words.keep_error_missing());
        }
        if (!now() && !onADay()) {
            errors.add("when", words.when_error_missing());
        } else if (onADay() && endsOn.isEmpty()) {
            errors.add("endsOn", words.ends_on_error_missing());
        } else if (onADay()) {
            try {
                if (LocalDate.parse(endsOn).isBefore(today)) {
                    errors.add("endsOn", words.ends_on_error_past());
                }
            } catch (DateTimeParseException notADay) {
                errors.add("endsOn", words.ends_on_error_invalid(example));
            }
        }
        return errors;
    }
}
