package se.byra.gateway.pages.portal.collaborations;

import static se.byra.gateway.downstream.CompanyCollaborationApi.AGENCY;
import static se.byra.gateway.downstream.CompanyCollaborationApi.CLIENT;
import static se.byra.gateway.downstream.CompanyCollaborationApi.END;
import static se.byra.gateway.downstream.CompanyCollaborationApi.KEEP;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import se.byra.gateway.downstream.CompanyCollaborationApi.CollaborationTask;
import se.byra.gateway.downstream.CompanyCollaborationApi.CompanyCollaborationView;
import se.byra.gateway.downstream.CompanyCollaborationApi.HistoryEntry;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.HistoryRow;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.PortalCollabMsg;
import se.byra.gateway.pages.portal.CurrentCompany;
import se.byra.gateway.pages.portal.Todo;

/**
 * A company's collaborations in words, in the page's language: the status as a badge, how it is set up, where it
 * stands, its history and the to-dos it makes. The service's codes (statuses, sides, steps) are strings: one it adds
 * later is "Okänd status" or "Annan händelse", never an error.
 */
public final class CollaborationWords {

    /** One line of "Så är samarbetet upplagt": its label, its value and, if any, what the value means. */
    public record Option(String label, String value, String detail) {
    }

    private final PageContext page;
    private final PortalCollabMsg words;

    public CollaborationWords(PageContext page) {
        this.page = page;
        this.words = of(page);
    }

    /** The collaborations' words in the page's language ({@code {pcollab:…}} in templates). */
    public static PortalCollabMsg of(PageContext page) {
        return MessageBundles.get(PortalCollabMsg.class, Localized.Literal.of(page.lang()));
    }

    /** The address of one of a company's collaborations. */
    public static String href(UUID clientId, UUID id) {
        return Paths.company(clientId) + CurrentCompany.COLLABORATIONS + "/" + id;
    }

    public Badge status(CompanyCollaborationView c) {
        if (c.waiting()) {
            return new Badge(words.status_waiting(), Badge.Colour.BLUE);
        }
        if (c.expired()) {
            return new Badge(words.status_expired(), Badge.Colour.GREY);
        }
        if (c.declined()) {
            return new Badge(words.status_declined(), Badge.Colour.GREY);
        }
        if (c.active()) {
            if (c.endsOn() != null) {
                return new Badge(words.status_ending(date(c.endsOn())), Badge.Colour.BLUE);
            }
            return new Badge(c.activatedAt() == null ? words.status_active()
                    : words.status_active_since(date(c.activatedAt())), Badge.Colour.GREEN);
        }
        if (c.ended()) {
            return new Badge(words.status_ended(), Badge.Colour.GREY);
        }
        return new Badge(page.msg().status_unknown(), Badge.Colour.GREY);
    }

    /** Where the collaboration stands, sentence by sentence. */
    public List<String> facts(CompanyCollaborationView c) {
        List<String> facts = new ArrayList<>();
        String service = c.serviceName();
        if (c.waiting()) {
            facts.add(words.invited(service));
            if (c.expiresAt() != null) {
                facts.add(words.answer_by(date(c.expiresAt())));
            }
        } else if (c.expired()) {
            if (c.expiresAt() != null) {
                facts.add(words.expired(date(c.expiresAt())));
            }
            facts.add(words.expired_next(service));
        } else if (c.declined()) {
            facts.add(named(c.answeredByName()) ? words.declined_by(c.answeredByName(), date(c.answeredAt()))
                    : words.declined(date(c.answeredAt())));
            if (named(c.declineReason())) {
                facts.add(words.decline_reason(c.declineReason()));
            }
        } else if (c.active()) {
            active(c, facts);
        } else if (c.ended()) {
            ended(c, facts);
        }
        return facts;
    }

    private void active(CompanyCollaborationView c, List<String> facts) {
        if (c.activatedAt() != null) {
            facts.add(words.active_since(date(c.activatedAt())));
        }
        if (named(c.answeredByName()) && named(c.termsVersion())) {
            facts.add(words.approved_by(c.answeredByName(), c.termsVersion(), date(c.answeredAt())));
        }
        if (c.endsOn() == null) {
            return;
        }
        String lastDay = date(c.endsOn());
        facts.add(CLIENT.equals(c.endSide()) ? words.ending_by_client(lastDay) : words.ending_by_agency(lastDay));
        if (KEEP.equals(c.serviceDecision())) {
            facts.add(words.will_keep(c.serviceName()));
        } else if (END.equals(c.serviceDecision())) {
            facts.add(words.will_end(c.serviceName()));
        } else if (!c.awaitingServiceDecision()) {
            facts.add(words.administrator_decides(c.serviceName()));
        }
    }

    private void ended(CompanyCollaborationView c, List<String> facts) {
        String day = c.endedAt() != null ? date(c.endedAt()) : date(c.endsOn());
        facts.add(CLIENT.equals(c.endSide()) ? words.ended_by_client(day)
                : AGENCY.equals(c.endSide()) ? words.ended_by_agency(day) : words.ended(day));
        if (KEEP.equals(c.serviceDecision())) {
            facts.add(words.kept(c.serviceName()));
        } else if (END.equals(c.serviceDecision())) {
            facts.add(words.service_ended(c.serviceName()));
        } else if (AGENCY.equals(c.endSide()) && !c.awaitingServiceDecision()) {
            facts.add(words.administrator_decides(c.serviceName()));
        }
    }

    /** How the collaboration is set up: the invoice recipient, variant, period, payments and the invitation. */
    public List<Option> options(CompanyCollaborationView c) {
        List<Option> options = new ArrayList<>();
        if (AGENCY.equals(c.invoiceRecipient()) || CLIENT.equals(c.invoiceRecipient())) {
            options.add(new Option(words.option_invoice_recipient(), AGENCY.equals(c.invoiceRecipient())
                    ? words.invoice_recipient_agency() : words.invoice_recipient_client(), null));
        }
        if (named(c.variantName())) {
            options.add(new Option(words.option_variant(), c.variantName(), c.variantDescription()));
        }
        if (c.agreementMonths() != null) {
            options.add(new Option(words.option_agreement(), c.agreementMonths() == 1 ? words.agreement_month()
                    : words.agreement_months(String.valueOf(c.agreementMonths())), null));
        }
        if (c.agencyPaymentRecipient()) {
            options.add(new Option(words.option_payment_recipient(), words.payment_recipient_agency(), null));
        }
        if (c.invitedAt() != null) {
            options.add(new Option(words.option_invitation(), named(c.invitedByName())
                    ? words.invited_by_on(c.invitedByName(), date(c.invitedAt())) : date(c.invitedAt()), null));
        }
        return options;
    }

    public HistoryRow history(HistoryEntry entry) {
        String what = switch (entry.what() == null ? "" : entry.what()) {
            case "INVITED" -> words.step_invited();
            case "INVITATION_RESENT" -> words.step_invitation_resent();
            case "ACCEPTED" -> words.step_accepted();
            case "DECLINED" -> words.step_declined();
            case "EXPIRED" -> words.step_expired();
            case "UPDATED" -> words.step_updated();
            case "ENDING_SET" -> words.step_ending_set(lastDaySet(entry));
            case "ENDING_WITHDRAWN" -> words.step_ending_withdrawn();
            case "ENDED" -> words.step_ended();
            case "SERVICE_KEPT" -> words.step_service_kept();
            case "SERVICE_ENDED" -> words.step_service_ended();
            case "IMPORTED" -> words.step_imported();
            case "LINKED" -> words.step_linked();
            default -> words.step_unknown();
        };
        String note = "DECLINED".equals(entry.what()) && named(entry.note()) ? words.decline_reason(entry.note())
                : null;
        return new HistoryRow(date(entry.at()), what, note, by(entry));
    }

    /** The to-do a task is: what to do about which service, for which company, by when. */
    public Todo.Item task(CollaborationTask task, boolean withCompany) {
        String href = href(task.clientId(), task.collaborationId());
        String company = withCompany ? task.clientName() : null;
        return switch (task.kind() == null ? "" : task.kind()) {
            case CollaborationTask.ANSWER_INVITATION -> new Todo.Item(words.task_answer(task.serviceName()), href,
                    company, task.expiresAt() == null ? null : words.task_answer_due(date(task.expiresAt())));
            case CollaborationTask.DECIDE_SERVICE -> new Todo.Item(words.task_decide(task.serviceName()), href,
                    company, task.endsOn() == null ? null : words.task_decide_due(date(task.endsOn())));
            default -> new Todo.Item(words.task_other(task.serviceName()), href, company, null);
        };
    }

    private String by(HistoryEntry entry) {
        if (named(entry.byName())) {
            return entry.byName();
        }
        return switch (entry.side() == null ? "" : entry.side()) {
            case AGENCY -> words.by_agency();
            case CLIENT -> words.by_client();
            default -> words.by_system();
        };
    }

    /** The last day an ending set, as the step's change has it (an ISO date). */
    private String lastDaySet(HistoryEntry entry) {
        return entry.changes().stream().filter(change -> "endsOn".equals(change.field()) && change.after() != null)
                .map(change -> {
                    try {
                        return date(LocalDate.parse(change.after()));
                    } catch (DateTimeParseException notADate) {
                        return change.after();
                    }
                }).findFirst().orElse("");
    }

    String date(LocalDate date) {
        return Formats.date(date, page);
    }

    String date(Instant instant) {
        return Formats.date(instant, page);
    }

    private static boolean named(String value) {
        return value != null && !value.isBlank();
    }
}
