package se.byra.gateway.pages.cases;

import static se.byra.gateway.downstream.CaseApi.APPROVAL;
import static se.byra.gateway.downstream.CaseApi.CANCELLED;
import static se.byra.gateway.downstream.CaseApi.CLOSED;
import static se.byra.gateway.downstream.CaseApi.DECLINED;
import static se.byra.gateway.downstream.CaseApi.DOCUMENT_REQUEST;
import static se.byra.gateway.downstream.CaseApi.DRAFT;
import static se.byra.gateway.downstream.CaseApi.FORM;
import static se.byra.gateway.downstream.CaseApi.GRANTED;
import static se.byra.gateway.downstream.CaseApi.INFORMATION;
import static se.byra.gateway.downstream.CaseApi.NONE;
import static se.byra.gateway.downstream.CaseApi.QUESTION;
import static se.byra.gateway.downstream.CaseApi.REQUESTED;
import static se.byra.gateway.downstream.CaseApi.REVOKED;
import static se.byra.gateway.downstream.CaseApi.WAITING_FOR_AGENCY;
import static se.byra.gateway.downstream.CaseApi.WAITING_FOR_CLIENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.byra.gateway.downstream.CaseApi.ConsentView;
import se.byra.gateway.downstream.CaseApi.Refusal;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.CaseMsg;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.collaborations.Choice;

/**
 * case-service's codes in words: a case's type and whose turn it is, a client's consent, who did what, the history's
 * steps, why a case was closed, a form field's type, an approval's decision, why an invitation cannot be sent. An
 * unknown value is "Okänd status" (or the like), never an error.
 */
public final class CaseWords {

    /** The invitation's refusals as case-service codes them. */
    static final String EMAIL_MISSING = "MAIN_CONTACT_EMAIL_MISSING";
    static final String ADDRESS_INCOMPLETE = "ADDRESS_INCOMPLETE";
    static final String CONTACT_IS_STAFF = "MAIN_CONTACT_IS_STAFF";

    private CaseWords() {
    }

    public static String type(String type, CaseMsg words) {
        if (type == null) {
            return words.unknown();
        }
        return switch (type) {
            case QUESTION -> words.type_question();
            case DOCUMENT_REQUEST -> words.type_document_request();
            case APPROVAL -> words.type_approval();
            case INFORMATION -> words.type_information();
            case FORM -> words.type_form();
            default -> words.unknown();
        };
    }

    /** What the client does in a case of the type: the type's radio's hint. */
    static String typeHint(String type, CaseMsg words) {
        return switch (type) {
            case QUESTION -> words.type_question_hint();
            case DOCUMENT_REQUEST -> words.type_document_request_hint();
            case APPROVAL -> words.type_approval_hint();
            case INFORMATION -> words.type_information_hint();
            case FORM -> words.type_form_hint();
            default -> "";
        };
    }

    /**
     * The types as radios with what the client does in each, by the address's word ({@code checked} the one chosen);
     * the group's first radio has the group's name as its id.
     */
    static List<Choice> typeRadios(String checked, CaseMsg words) {
        List<Choice> types = new ArrayList<>();
        for (Map.Entry<String, String> t : BoardResource.TYPES.entrySet()) {
            types.add(new Choice(types.isEmpty() ? CasePaths.TYPE : CasePaths.TYPE + "-" + (types.size() + 1),
                    t.getKey(), type(t.getValue(), words), typeHint(t.getValue(), words), t.getKey().equals(checked)));
        }
        return types;
    }

    /** Whose turn it is, as a badge: blue while open, green closed, grey cancelled or unknown. */
    public static Badge status(String status, CaseMsg words) {
        if (status == null) {
            return new Badge(words.unknown_status(), Badge.Colour.GREY);
        }
        return switch (status) {
            case DRAFT -> new Badge(words.status_draft(), Badge.Colour.BLUE);
            case WAITING_FOR_CLIENT -> new Badge(words.status_waiting_for_client(), Badge.Colour.BLUE);
            case WAITING_FOR_AGENCY -> new Badge(words.status_waiting_for_agency(), Badge.Colour.BLUE);
            case CLOSED -> new Badge(words.status_closed(), Badge.Colour.GREEN);
            case CANCELLED -> new Badge(words.status_cancelled(), Badge.Colour.GREY);
            default -> new Badge(words.unknown_status(), Badge.Colour.GREY);
        };
    }

    /** The consent's status as a badge: green granted, blue waiting, red declined or revoked, grey none. */
    static Badge consent(String status, CaseMsg words) {
        if (status == null) {
            return new Badge(words.unknown_status(), Badge.Colour.GREY);
        }
        return switch (status) {
            case NONE -> new Badge(words.consent_none(), Badge.Colour.GREY);
            case REQUESTED -> new Badge(words.consent_requested(), Badge.Colour.BLUE);
            case GRANTED -> new Badge(words.consent_granted(), Badge.Colour.GREEN);
            case DECLINED -> new Badge(words.consent_declined(), Badge.Colour.RED);
            case REVOKED -> new Badge(words.consent_revoked(), Badge.Colour.RED);
            default -> new Badge(words.unknown_status(), Badge.Colour.GREY);
        };
    }

    /**
     * Why a draft cannot be sent while the consent is {@code status}, and what to do: null when it is granted or not
     * known (the sending's 409 says so then).
     */
    static String consentWarning(String status, CaseMsg words) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case NONE -> words.consent_warning_none();
            case REQUESTED -> words.consent_warning_requested();
            case DECLINED -> words.consent_warning_declined();
            case REVOKED -> words.consent_warning_revoked();
            default -> null;
        };
    }

    /** Where the consent stands, in a sentence: when, to or by whom; null when there is nothing to add. */
    static String consentSentence(ConsentView consent, PageContext page) {
        CaseMsg words = page.caseMsg();
        String status = consent.status() == null ? "" : consent.status();
        String requested = Formats.date(consent.requestedAt(), page);
        String answered = Formats.date(consent.answeredAt(), page);
        String by = consent.answeredByName();
        return switch (status) {
            case NONE -> words.consent_none_sentence();
            case REQUESTED -> present(consent.mainContactName()) && present(consent.mainContactEmail())
                    ? words.consent_requested_to(requested, consent.mainContactName(), consent.mainContactEmail())
                    : present(consent.mainContactName()) ? words.consent_requested_to_name(requested,
                            consent.mainContactName()) : words.consent_requested_on(requested);
            case GRANTED -> present(by) ? words.consent_granted_by(answered, by) : words.consent_granted_on(answered);
            case DECLINED -> present(by) ? words.consent_declined_by(answered, by) : words.consent_declined_on(answered);
            case REVOKED -> present(by) ? words.consent_revoked_by(answered, by) : words.consent_revoked_on(answered);
            default -> null;
        };
    }

    /** Why the invitation cannot be sent, in words; an unknown code in the service's own. */
    static String refusal(Refusal refusal, CaseMsg words) {
        return refusal(refusal.code(), refusal.detail(), words);
    }

    static String refusal(String code, String detail, CaseMsg words) {
        if (code == null) {
            return detail == null ? words.consent_refused() : detail;
        }
        return switch (code) {
            case EMAIL_MISSING -> words.refusal_email_missing();
            case ADDRESS_INCOMPLETE -> words.refusal_address_incomplete();
            case CONTACT_IS_STAFF -> words.refusal_contact_is_staff();
            default -> detail == null ? words.consent_refused() : detail;
        };
    }

    static List<String> refusals(List<Refusal> refusals, CaseMsg words) {
        return refusals.stream().map(r -> refusal(r, words)).toList();
    }

    /** Who did something: the name, else the side in words. */
    static String by(String name, String side, CaseMsg words) {
        if (present(name)) {
            return words.by_named(name, side(side, words));
        }
        return side(side, words);
    }

    static String side(String side, CaseMsg words) {
        if (side == null) {
            return words.unknown();
        }
        return switch (side) {
            case "AGENCY" -> words.side_agency();
            case "CLIENT" -> words.side_client();
            case "SYSTEM" -> words.side_system();
            default -> words.unknown();
        };
    }

    /** A step of a case's history. */
    static String step(String what, CaseMsg words) {
        if (what == null) {
            return words.step_unknown();
        }
        return switch (what) {
            case "CREATED" -> words.step_created();
            case "EDITED" -> words.step_edited();
            case "SENT" -> words.step_sent();
            case "ASKED" -> words.step_asked();
            case "ANSWER_SAVED" -> words.step_answer_saved();
            case "ANSWERED" -> words.step_answered();
            case "ACKNOWLEDGED" -> words.step_acknowledged();
            case "RETURNED" -> words.step_returned();
            case "COMMENTED" -> words.step_commented();
            case "FILE_ADDED" -> words.step_file_added();
            case "FILE_REMOVED" -> words.step_file_removed();
            case "CLOSED" -> words.step_closed();
            case "CANCELLED" -> words.step_cancelled();
            case "CONSENT_REVOKED" -> words.step_consent_revoked();
            case "REMINDED" -> words.step_reminded();
            default -> words.step_unknown();
        };
    }

    static String closingReason(String reason, CaseMsg words) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case "COMPLETED" -> words.closed_completed();
            case "CANCELLED" -> words.closed_cancelled();
            case "ANSWERED" -> words.closed_answered();
            case "CONSENT_REVOKED" -> words.closed_consent_revoked();
            default -> words.unknown();
        };
    }

    public static String fieldType(String type, CaseMsg words) {
        if (type == null) {
            return words.unknown();
        }
        return switch (type) {
            case "TEXT" -> words.field_type_text();
            case "NUMBER" -> words.field_type_number();
            case "DATE" -> words.field_type_date();
            case "YES_NO" -> words.field_type_yes_no();
            case "CHOICE" -> words.field_type_choice();
            case "FILE" -> words.field_type_file();
            default -> words.unknown();
        };
    }

    /** A form field's value as the client gave it: yes and no in words, the rest as written. */
    static String value(String type, String value, CaseMsg words) {
        if (value == null) {
            return null;
        }
        if ("YES_NO".equals(type)) {
            return "YES".equals(value) ? words.answer_yes() : "NO".equals(value) ? words.answer_no() : value;
        }
        return value;
    }

    static String decision(String decision, CaseMsg words) {
        if (decision == null) {
            return words.decision_none();
        }
        return switch (decision) {
            case "APPROVED" -> words.decision_approved();
            case "REJECTED" -> words.decision_rejected();
            default -> words.unknown();
        };
    }

    /** The bulk send's refusal of a client. */
    static String dispatchRefusal(String code, String reason, CaseMsg words) {
        if (code == null) {
            return reason == null ? words.unknown() : reason;
        }
        return switch (code) {
            case "NO_CONSENT" -> words.dispatch_no_consent();
            case "UNKNOWN_CLIENT" -> words.dispatch_unknown_client();
            case "DUPLICATE" -> words.dispatch_duplicate();
            default -> reason == null ? words.unknown() : reason;
        };
    }

    /** A file's size as a person reads it: "340 kB", "2,4 MB". */
    static String size(long bytes, CaseMsg words) {
        if (bytes < 1024) {
            return words.size_bytes(Long.toString(bytes));
        }
        if (bytes < 1024 * 1024) {
            return words.size_kb(Long.toString((bytes + 1023) / 1024));
        }
        long tenths = Math.round(bytes * 10.0 / (1024 * 1024));
        return words.size_mb(Long.toString(tenths / 10), Long.toString(tenths % 10));
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
