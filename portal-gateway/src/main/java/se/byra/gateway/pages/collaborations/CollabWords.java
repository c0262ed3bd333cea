package se.byra.gateway.pages.collaborations;

import static se.byra.gateway.downstream.CollaborationApi.ACTIVE;
import static se.byra.gateway.downstream.CollaborationApi.DECLINED;
import static se.byra.gateway.downstream.CollaborationApi.ENDED;
import static se.byra.gateway.downstream.CollaborationApi.EXPIRED;
import static se.byra.gateway.downstream.CollaborationApi.INVITED;
import static se.byra.gateway.downstream.CollaborationApi.UNLINKED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import se.byra.gateway.downstream.CollaborationApi.Change;
import se.byra.gateway.downstream.CollaborationApi.CollaborationView;
import se.byra.gateway.downstream.CollaborationApi.HistoryView;
import se.byra.gateway.downstream.CollaborationApi.ServiceView;
import se.byra.gateway.downstream.CollaborationApi.VariantView;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.CollabMsg;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;

/**
 * collaboration-service's values in words: a collaboration's status (a badge), its options, who did what and each
 * step of its history. A value the service adds later is "Okänd status" or the service's own word, never an error.
 */
public final class CollabWords {

    /** The invoice recipient as the service writes it. */
    static final String RECIPIENT_AGENCY = "AGENCY";
    static final String RECIPIENT_CLIENT = "CLIENT";
    /** A collaboration's scenario as the service writes it. */
    static final String NEW_CUSTOMER = "NEW_CUSTOMER";
    static final String NEW_SERVICE = "NEW_SERVICE";
    static final String EXISTING_SERVICE = "EXISTING_SERVICE";

    private CollabWords() {
    }

    /** The status in a list or on the detail page: an active one that ends says when. */
    public static Badge status(CollaborationView c, PageContext page) {
        CollabMsg words = page.collabMsg();
        if (ACTIVE.equals(c.status()) && c.endsOn() != null) {
            return new Badge(words.status_ending(Formats.date(c.endsOn(), page)), Badge.Colour.GREEN);
        }
        return status(c.status(), page);
    }

    /** The status alone, without dates: in a filter, say. */
    static Badge status(String status, PageContext page) {
        CollabMsg words = page.collabMsg();
        return switch (status == null ? "" : status) {
            case INVITED -> new Badge(words.status_invited(), Badge.Colour.BLUE);
            case ACTIVE -> new Badge(words.status_active(), Badge.Colour.GREEN);
            case DECLINED -> new Badge(words.status_declined(), Badge.Colour.RED);
            case EXPIRED -> new Badge(words.status_expired(), Badge.Colour.GREY);
            case ENDED -> new Badge(words.status_ended(), Badge.Colour.GREY);
            case UNLINKED -> new Badge(words.status_unlinked(), Badge.Colour.BLUE);
            default -> new Badge(page.msg().status_unknown(), Badge.Colour.GREY);
        };
    }

    /**
     * The state of a service's tile on the client overview, with its date: "Ej aktiverad", "Inbjuden (svar senast
     * …)", "Aktiv sedan …", "Avslutas …".
     */
    public static Badge tile(String status, Instant expiresAt, Instant activatedAt, LocalDate endsOn, PageContext page) {
        CollabMsg words = page.collabMsg();
        if (status == null) {
            return new Badge(words.status_not_activated(), Badge.Colour.GREY);
        }
        if (INVITED.equals(status) && expiresAt != null) {
            return new Badge(words.status_invited_until(Formats.date(expiresAt, page)), Badge.Colour.BLUE);
        }
        if (ACTIVE.equals(status) && endsOn != null) {
            return new Badge(words.status_ending(Formats.date(endsOn, page)), Badge.Colour.GREEN);
        }
        if (ACTIVE.equals(status) && activatedAt != null) {
            return new Badge(words.status_active_since(Formats.date(activatedAt, page)), Badge.Colour.GREEN);
        }
        return status(status, page);
    }

    static String recipient(String recipient, PageContext page) {
        CollabMsg words = page.collabMsg();
        return switch (recipient == null ? "" : recipient) {
            case RECIPIENT_AGENCY -> words.recipient_agency();
            case RECIPIENT_CLIENT -> words.recipient_client();
            default -> recipient;
        };
    }

    static String months(Integer months, CollabMsg words) {
        return months == null ? null : words.months(Integer.toString(months));
    }

    /** The variant's name in the catalogue; its code when the catalogue cannot be read. */
    static String variant(String code, ServiceView service) {
        if (code == null || service == null) {
            return code;
        }
        return service.variants().stream().filter(v -> code.equals(v.code())).map(VariantView::name).findFirst()
                .orElse(code);
    }

    /** "the agency", "the client", "automatically". */
    static String side(String side, CollabMsg words) {
        return switch (side == null ? "" : side) {
            case "AGENCY" -> words.side_agency();
            case "CLIENT" -> words.side_client();
            case "SYSTEM" -> words.side_system();
            default -> side;
        };
    }

    /** "Karin Ek (byrån)", or the side alone when no one is named (the deadline's sweep). */
    static String by(String name, String side, CollabMsg words) {
        String sideWords = side(side, words);
        if (name == null || name.isBlank()) {
            return sideWords == null ? "" : sideWords.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                    + sideWords.substring(1);
        }
        return sideWords == null ? name : words.by_side(name, sideWords);
    }

    static String decision(String decision, CollabMsg words) {
        return switch (decision == null ? "" : decision) {
            case "KEEP" -> words.decision_keep();
            case "END" -> words.decision_end();
            default -> decision;
        };
    }

    static String step(String what, CollabMsg words) {
        return switch (what == null ? "" : what) {
            case "INVITED" -> words.step_invited();
            case "INVITATION_RESENT" -> words.step_invitation_resent();
            case "ACCEPTED" -> words.step_accepted();
            case "DECLINED" -> words.step_declined();
            case "EXPIRED" -> words.step_expired();
            case "UPDATED" -> words.step_updated();
            case "ENDING_SET" -> words.step_ending_set();
            case "ENDING_WITHDRAWN" -> words.step_ending_withdrawn();
            case "ENDED" -> words.step_ended();
            case "SERVICE_KEPT" -> words.step_service_kept();
            case "SERVICE_ENDED" -> words.step_service_ended();
            case "IMPORTED" -> words.step_imported();
            case "LINKED" -> words.step_linked();
            default -> words.step_unknown();
        };
    }

    /**
     * What a step says beyond its name, in words: the scenario of an invitation, the terms approved, the reason of a
     * decline, the name an import had, and every changed field. {@code engagements} names an engagement by its id.
     */
    static List<String> details(HistoryView entry, ServiceView service, Map<UUID, String> engagements,
            PageContext page) {
        CollabMsg words = page.collabMsg();
        List<String> details = new java.util.ArrayList<>();
        String note = note(entry, words);
        if (note != null) {
            details.add(note);
        }
        for (Change change : entry.changes()) {
            details.add(change(change, service, engagements, page));
        }
        return details;
    }

    private static String note(HistoryView entry, CollabMsg words) {
        String note = entry.note();
        if (note == null || note.isBlank()) {
            return null;
        }
        return switch (entry.what() == null ? "" : entry.what()) {
            case "INVITED" -> switch (note) {
                case NEW_CUSTOMER -> words.note_scenario_new_customer();
                case NEW_SERVICE -> words.note_scenario_new_service();
                case EXISTING_SERVICE -> words.note_scenario_existing_service();
                default -> null;
            };
            case "ACCEPTED" -> words.note_terms(note.startsWith("terms ") ? note.substring("terms ".length()) : note);
            case "DECLINED" -> words.note_reason(note);
            case "IMPORTED" -> words.note_import(note);
            default -> note;
        };
    }

    private static String change(Change change, ServiceView service, Map<UUID, String> engagements,
            PageContext page) {
        CollabMsg words = page.collabMsg();
        Function<String, String> value = switch (change.field()) {
            case "engagementId" -> id -> engagement(id, engagements, words);
            case "invoiceRecipient" -> r -> recipient(r, page);
            case "variant" -> v -> variant(v, service);
            case "agreementMonths" -> m -> words.months(m);
            case "agencyPaymentRecipient" -> b -> Boolean.parseBoolean(b) ? words.recipient_agency()
                    : words.recipient_client();
            case "endsOn" -> d -> date(d, page);
            default -> v -> v;
        };
        String field = field(change.field(), words);
        if (change.before() == null) {
            return words.change_set(field, value.apply(change.after()));
        }
        if (change.after() == null) {
            return words.change_removed(field, value.apply(change.before()));
        }
        return words.change_from_to(field, value.apply(change.before()), value.apply(change.after()));
    }

    /** The label of a collaboration's field, as the service names it. */
    static String field(String field, CollabMsg words) {
        return switch (field == null ? "" : field) {
            case "service" -> words.field_service();
            case "engagementId" -> words.field_engagement();
            case "invoiceRecipient" -> words.field_invoice_recipient();
            case "variant" -> words.field_variant();
            case "agreementMonths" -> words.field_agreement_period();
            case "agencyPaymentRecipient" -> words.field_payment_recipient();
            case "endsOn" -> words.field_ends_on();
            default -> field;
        };
    }

    private static String engagement(String id, Map<UUID, String> engagements, CollabMsg words) {
        try {
            String title = engagements.get(UUID.fromString(id));
            return title == null ? words.other_engagement() : title;
        } catch (IllegalArgumentException notAnId) {
            return id;
        }
    }

    private static String date(String iso, PageContext page) {
        try {
            return Formats.date(LocalDate.parse(iso), page);
        } catch (java.time.format.DateTimeParseException notADate) {
            return iso;
        }
    }

    /** A date and who: "2026-03-01 av Karin Ek", or the date alone. */
    static String dateBy(Instant at, String name, PageContext page) {
        String date = Formats.date(at, page);
        return name == null || name.isBlank() ? date : page.collabMsg().date_by(date, name);
    }

    /** Yes or no, for a summary list. */
    static String yesNo(boolean value, Msg msg) {
        return value ? msg.yes() : msg.no();
    }
}
