package se.byra.gateway.pages.portal.cases;

import static se.byra.gateway.downstream.CompanyCaseApi.AGENCY;
import static se.byra.gateway.downstream.CompanyCaseApi.CLIENT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import se.byra.gateway.downstream.CompanyCaseApi;
import se.byra.gateway.downstream.CompanyCaseApi.CaseTask;
import se.byra.gateway.downstream.CompanyCaseApi.CaseView;
import se.byra.gateway.downstream.CompanyCaseApi.HistoryEntry;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.HistoryRow;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.PortalCaseMsg;
import se.byra.gateway.pages.PortalConsentMsg;
import se.byra.gateway.pages.portal.Todo;

/**
 * A company's cases in words, in the page's language: the type, whose turn it is, the day to answer by, why a case was
 * closed, its history and the to-dos cases make. The service's codes are strings: one it adds later is "Okänd status"
 * or "Annan händelse", never an error.
 */
public final class CaseWords {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    /** The cases' query that shows the closed ones (CompanyCasesResource's {@code visa}). */
    static final String VIEW_PARAMETER = "visa";
    static final String CLOSED = "avslutade";
    private static final String CLOSED_VIEW = VIEW_PARAMETER + "=" + CLOSED;

    private final PageContext page;
    private final PortalCaseMsg words;

    public CaseWords(PageContext page) {
        this.page = page;
        this.words = of(page);
    }

    /** The words this speaks with. */
    public PortalCaseMsg msg() {
        return words;
    }

    /** The cases' words in the page's language ({@code {pcase:…}} in templates). */
    public static PortalCaseMsg of(PageContext page) {
        return MessageBundles.get(PortalCaseMsg.class, Localized.Literal.of(page.lang()));
    }

    /** The consent's words in the page's language ({@code {pconsent:…}} in templates). */
    public static PortalConsentMsg consentOf(PageContext page) {
        return MessageBundles.get(PortalConsentMsg.class, Localized.Literal.of(page.lang()));
    }

    /** A company's cases: {@code /portal/foretag/{clientId}/arenden}. */
    public static String casesHref(UUID clientId) {
        return Paths.company(clientId) + Paths.COMPANY_CASES;
    }

    public static String href(UUID clientId, UUID id) {
        return casesHref(clientId) + "/" + id;
    }

    /** The company's closed cases, its history: {@code …/arenden?visa=avslutade}. */
    public static String closedCasesHref(UUID clientId) {
        return casesHref(clientId) + "?" + CLOSED_VIEW;
    }

    /** The company's consent to case management: {@code /portal/foretag/{clientId}/samtycke}. */
    public static String consentHref(UUID clientId) {
        return Paths.company(clientId) + Paths.COMPANY_CONSENT;
    }

    public String type(String type) {
        return switch (type == null ? "" : type) {
            case CompanyCaseApi.QUESTION -> words.type_question();
            case CompanyCaseApi.DOCUMENT_REQUEST -> words.type_document_request();
            case CompanyCaseApi.APPROVAL -> words.type_approval();
            case CompanyCaseApi.INFORMATION -> words.type_information();
            case CompanyCaseApi.FORM -> words.type_form();
            default -> words.type_unknown();
        };
    }

    /** Whose turn it is, or that the case is done. */
    public Badge status(String status) {
        return switch (status == null ? "" : status) {
            case CompanyCaseApi.WAITING_FOR_CLIENT -> new Badge(words.status_client(), Badge.Colour.BLUE);
            case CompanyCaseApi.WAITING_FOR_AGENCY -> new Badge(words.status_agency(), Badge.Colour.GREY);
            case CompanyCaseApi.CLOSED -> new Badge(words.status_closed(), Badge.Colour.GREY);
            case CompanyCaseApi.CANCELLED -> new Badge(words.status_cancelled(), Badge.Colour.GREY);
            default -> new Badge(page.msg().status_unknown(), Badge.Colour.GREY);
        };
    }

    public Badge overdue() {
        return new Badge(words.overdue(), Badge.Colour.RED);
    }

    /** "Svara senast …", or, when the day has passed, that it was due then; null without a day. */
    public String due(LocalDate dueOn, boolean overdue) {
        if (dueOn == null) {
            return null;
        }
        return overdue ? words.card_overdue(date(dueOn)) : words.card_due(date(dueOn));
    }

    /** Whether a day to answer by has passed (today, in Sweden, is still in time). */
    public static boolean passed(LocalDate dueOn) {
        return dueOn != null && dueOn.isBefore(LocalDate.now(ZONE));
    }

    /** Why and when a case was closed, in a sentence. */
    public String closing(CaseView c) {
        String day = date(c.closedAt() != null ? c.closedAt() : c.updatedAt());
        return switch (c.closingReason() == null ? "" : c.closingReason()) {
            case "COMPLETED" -> words.closing_completed(day);
            case "CANCELLED" -> words.closing_cancelled(day);
            case "ANSWERED" -> words.closing_answered(day);
            case "CONSENT_REVOKED" -> words.closing_consent_revoked(day);
            default -> CompanyCaseApi.CANCELLED.equals(c.status()) ? words.closing_cancelled(day)
                    : words.closing_other(day);
        };
    }

    public HistoryRow history(HistoryEntry entry) {
        String note = entry.note();
        String what = switch (entry.what() == null ? "" : entry.what()) {
            case "CREATED" -> words.step_created();
            case "EDITED" -> words.step_edited();
            case "SENT" -> words.step_sent();
            case "ASKED" -> words.step_asked();
            case "ANSWER_SAVED" -> words.step_answer_saved();
            case "ANSWERED" -> CompanyCaseApi.Answer.APPROVED.equals(note) ? words.step_answered_approved()
                    : CompanyCaseApi.Answer.REJECTED.equals(note) ? words.step_answered_rejected()
                            : words.step_answered();
            case "ACKNOWLEDGED" -> words.step_acknowledged();
            case "RETURNED" -> words.step_returned();
            case "COMMENTED" -> words.step_commented();
            case "FILE_ADDED" -> words.step_file_added(named(note) ? note : "");
            case "FILE_REMOVED" -> words.step_file_removed(named(note) ? note : "");
            case "CLOSED" -> words.step_closed();
            case "CANCELLED" -> words.step_cancelled();
            case "CONSENT_REVOKED" -> words.step_consent_revoked();
            case "REMINDED" -> words.step_reminded();
            default -> words.step_unknown();
        };
        boolean noteSaid = switch (entry.what() == null ? "" : entry.what()) {
            case "ANSWERED", "FILE_ADDED", "FILE_REMOVED", "COMMENTED" -> true;
            default -> false;
        };
        return new HistoryRow(date(entry.at()), what, !noteSaid && named(note) ? words.step_note(note) : null,
                by(entry.side(), entry.byName()));
    }

    /** Who did something: their name, else their side in words. */
    public String by(String side, String name) {
        if (named(name)) {
            return name;
        }
        return switch (side == null ? "" : side) {
            case AGENCY -> words.by_agency();
            case CLIENT -> words.by_client();
            default -> words.by_system();
        };
    }

    /** The to-do a task is: a consent to give, or a case to answer by its day, for which company. */
    public Todo.Item task(CaseTask task, boolean withCompany) {
        String company = withCompany ? task.clientName() : null;
        if (CaseTask.CONSENT.equals(task.kind())) {
            return new Todo.Item(words.task_consent(), consentHref(task.clientId()), company,
                    task.since() == null ? null : words.task_consent_since(date(task.since())));
        }
        boolean overdue = passed(task.dueOn());
        String due = task.dueOn() == null ? null
                : overdue ? words.task_overdue(date(task.dueOn())) : words.task_due(date(task.dueOn()));
        return new Todo.Item(words.task_case(type(task.type()), task.title() == null ? "" : task.title()),
                task.caseId() == null ? casesHref(task.clientId()) : href(task.clientId(), task.caseId()), company,
                due, overdue);
    }

    /** A file's size as people read it: kB below a megabyte, MB with one decimal above. */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return words.size_kb(String.valueOf(Math.max(1, (bytes + 1023) / 1024)));
        }
        return words.size_mb(String.format(page.locale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    public String date(LocalDate date) {
        return Formats.date(date, page);
    }

    public String date(Instant instant) {
        return Formats.date(instant, page);
    }

    static boolean named(String value) {
        return value != null && !value.isBlank();
    }
}
