package se.byra.gateway.pages.overview;

import java.util.List;

import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.downstream.EngagementApi.ContactView;
import se.byra.gateway.pages.Msg;
import se.byra.platform.web.problem.Problem;

/**
 * The client's main contact as the first administrator of its account: they need a name and an e-mail address to
 * sign in with. What they lack is said in words that send the user to the client's edit page, where it is fixed.
 */
public final class MainContact {

    /** collaboration-service's field names in its 422 (main-contact-incomplete). */
    static final String NAME = "mainContactName";
    static final String EMAIL = "mainContactEmail";

    private MainContact() {
    }

    /** The main contact, or null when the client has none. */
    static ContactView of(ClientView client) {
        return client.contacts().stream().filter(ContactView::main).findFirst().orElse(null);
    }

    /** What the main contact lacks, in words; null when they have a name and an e-mail address. */
    static String missing(ClientView client, Msg msg) {
        ContactView main = of(client);
        return main == null ? msg.main_contact_none() : missing(blank(main.name()), blank(main.email()), msg);
    }

    /** What collaboration-service's 422 names as missing, in words. */
    public static String missing(List<Problem.FieldError> errors, Msg msg) {
        String missing = missingFields(errors.stream().map(Problem.FieldError::field).toList(), msg);
        return missing == null ? missing(true, true, msg) : missing;
    }

    /**
     * The fields collaboration-service names as missing ({@code mainContactName}, {@code mainContactEmail}) in words;
     * null for none.
     */
    public static String missingFields(List<String> fields, Msg msg) {
        return missing(fields.contains(NAME), fields.contains(EMAIL), msg);
    }

    private static String missing(boolean name, boolean email, Msg msg) {
        if (name && email) {
            return msg.main_contact_missing_both();
        }
        if (name) {
            return msg.main_contact_missing_name();
        }
        return email ? msg.main_contact_missing_email() : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
