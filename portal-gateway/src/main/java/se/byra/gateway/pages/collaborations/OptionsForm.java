package se.byra.gateway.pages.collaborations;

import static se.byra.gateway.pages.FormValues.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.byra.gateway.downstream.CollaborationApi.Activate;
import se.byra.gateway.downstream.CollaborationApi.CollaborationView;
import se.byra.gateway.downstream.CollaborationApi.Edit;
import se.byra.gateway.downstream.CollaborationApi.EngagementOption;
import se.byra.gateway.downstream.CollaborationApi.Link;
import se.byra.gateway.downstream.CollaborationApi.ServiceView;
import se.byra.gateway.downstream.CollaborationApi.VariantView;
import se.byra.gateway.pages.CollabMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.FormValues;
import se.byra.gateway.pages.PageContext;
import se.byra.platform.web.problem.Problem;

/**
 * A collaboration's engagement and options as a form fills them in, activating, changing or linking one: the
 * engagement, the variant (a service with variants), the invoice recipient (the ones the service or its variant
 * allows), the agreement period (a service with periods) and whether the agency receives the payments (a service that
 * allows it). Nothing that matters is chosen beforehand except what has one choice only. The field ids are the
 * service's field names, so its errors land at the fields.
 */
public final class OptionsForm {

    static final String SERVICE = "service";
    static final String ENGAGEMENT = "engagementId";
    static final String VARIANT = "variant";
    static final String RECIPIENT = "invoiceRecipient";
    static final String PERIOD = "agreementMonths";
    static final String PAYMENT = "agencyPaymentRecipient";
    static final List<String> FIELD_ORDER = List.of(SERVICE, ENGAGEMENT, VARIANT, RECIPIENT, PERIOD, PAYMENT);

    public String service = "";
    public String engagementId = "";
    public String variant = "";
    public String invoiceRecipient = "";
    public String agreementMonths = "";
    public boolean agencyPaymentRecipient;
    public String version = "";

    static OptionsForm empty(String service) {
        OptionsForm form = new OptionsForm();
        form.service = text(service);
        return form;
    }

    static OptionsForm of(OptionsFormData data) {
        OptionsForm form = new OptionsForm();
        form.service = text(data.service);
        form.engagementId = text(data.engagementId);
        form.variant = text(data.variant);
        form.invoiceRecipient = text(data.invoiceRecipient);
        form.agreementMonths = text(data.agreementMonths);
        form.agencyPaymentRecipient = "true".equals(text(data.agencyPaymentRecipient));
        form.version = text(data.version);
        return form;
    }

    /** The collaboration as it is, for its edit form. */
    static OptionsForm of(CollaborationView c) {
        OptionsForm form = empty(c.service());
        form.engagementId = c.engagementId() == null ? "" : c.engagementId().toString();
        form.variant = c.variant() == null ? "" : c.variant();
        form.invoiceRecipient = c.invoiceRecipient() == null ? "" : c.invoiceRecipient();
        form.agreementMonths = c.agreementMonths() == null ? "" : c.agreementMonths().toString();
        form.agencyPaymentRecipient = c.agencyPaymentRecipient();
        form.version = Long.toString(c.version());
        return form;
    }

    static FormErrors noErrors() {
        return new FormErrors(FIELD_ORDER);
    }

    /**
     * Choices the service leaves no choice in are made: the only engagement, the only invoice recipient, the only
     * period. A form shown for the first time starts from this.
     */
    OptionsForm withTheOnlyChoices(ServiceView s, List<EngagementOption> engagements) {
        if (engagementId.isEmpty() && engagements.size() == 1) {
            engagementId = engagements.get(0).id().toString();
        }
        if (invoiceRecipient.isEmpty() && s.variants().isEmpty() && s.invoiceRecipients().size() == 1) {
            invoiceRecipient = s.invoiceRecipients().get(0);
        }
        if (agreementMonths.isEmpty() && s.agreementPeriods().size() == 1) {
            agreementMonths = s.agreementPeriods().get(0).toString();
        }
        return this;
    }

    /**
     * The gateway's own checks against what the service takes, each saying what to do; the service checks
     * everything again. {@code engagements} the engagements the form offers.
     */
    FormErrors check(ServiceView s, List<EngagementOption> engagements, CollabMsg words) {
        FormErrors errors = noErrors();
        if (engagements.stream().noneMatch(e -> e.id().toString().equals(engagementId))) {
            errors.add(ENGAGEMENT, words.error_engagement_missing());
        }
        Optional<VariantView> chosen = s.variants().stream().filter(v -> v.code().equals(variant)).findFirst();
        if (!s.variants().isEmpty() && chosen.isEmpty()) {
            errors.add(VARIANT, words.error_variant_missing());
        }
        if (invoiceRecipient.isEmpty()) {
            errors.add(RECIPIENT, words.error_recipient_missing());
        } else if (s.variants().isEmpty() && !s.invoiceRecipients().contains(invoiceRecipient)) {
            errors.add(RECIPIENT, words.error_recipient_not_allowed());
        } else if (chosen.isPresent() && !chosen.get().invoiceRecipients().contains(invoiceRecipient)) {
            errors.add(RECIPIENT, words.error_recipient_not_allowed_variant(chosen.get().name()));
        }
        if (!s.agreementPeriods().isEmpty() && s.agreementPeriods().stream()
                .noneMatch(months -> months.toString().equals(agreementMonths))) {
            errors.add(PERIOD, words.error_period_missing());
        }
        if (agencyPaymentRecipient && !s.agencyMayBePaymentRecipient()) {
            errors.add(PAYMENT, words.error_payment_not_allowed());
        }
        return errors;
    }

    /**
     * The service's field errors at the form's fields, in the gateway's words (the service's are for developers and
     * in English); an error naming no field of the form is listed in the summary with the service's words.
     */
    static FormErrors serviceErrors(List<Problem.FieldError> fieldErrors, CollabMsg words) {
        FormErrors errors = noErrors();
        for (Problem.FieldError error : fieldErrors) {
            String field = error.field() == null ? "" : error.field();
            switch (field) {
                case SERVICE -> errors.add(SERVICE, words.error_service_missing());
                case ENGAGEMENT -> errors.add(ENGAGEMENT, words.error_engagement_not_in_force());
                case VARIANT -> errors.add(VARIANT, words.error_variant_missing());
                case RECIPIENT -> errors.add(RECIPIENT, words.error_recipient_not_allowed());
                case PERIOD -> errors.add(PERIOD, words.error_period_missing());
                case PAYMENT -> errors.add(PAYMENT, words.error_payment_not_allowed());
                default -> errors.add(null, error.message());
            }
        }
        return errors;
    }

    Activate toActivate() {
        return new Activate(service, engagement(), invoiceRecipient, FormValues.orNull(variant), months(),
                agencyPaymentRecipient);
    }

    Edit toEdit() {
        return new Edit(engagement(), invoiceRecipient, FormValues.orNull(variant), months(), agencyPaymentRecipient,
                FormValues.version(version));
    }

    Link toLink() {
        return new Link(service, engagement(), invoiceRecipient, FormValues.orNull(variant), months(),
                agencyPaymentRecipient);
    }

    long versionNumber() {
        return FormValues.version(version);
    }

    private UUID engagement() {
        try {
            return UUID.fromString(engagementId);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private Integer months() {
        try {
            return agreementMonths.isEmpty() ? null : Integer.valueOf(agreementMonths);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The form's fields as the template shows them, for the service {@code s} and the engagements offered. */
    OptionFields fields(ServiceView s, List<EngagementOption> engagements, PageContext page) {
        CollabMsg words = page.collabMsg();
        List<Choice> engagementChoices = new ArrayList<>();
        for (EngagementOption e : engagements) {
            String period = e.periodStart() == null ? null
                    : words.engagement_period(Formats.period(e.periodStart(), e.periodEnd(), page));
            engagementChoices.add(new Choice(Choice.id(ENGAGEMENT, engagementChoices.size()), e.id().toString(),
                    e.title(), period, e.id().toString().equals(engagementId)));
        }
        List<Choice> variants = new ArrayList<>();
        for (VariantView v : s.variants()) {
            variants.add(new Choice(Choice.id(VARIANT, variants.size()), v.code(), v.name(), v.description(),
                    v.code().equals(variant)));
        }
        List<String> allowed = new ArrayList<>(s.invoiceRecipients());
        s.variants().forEach(v -> v.invoiceRecipients().stream().filter(r -> !allowed.contains(r))
                .forEach(allowed::add));
        List<Choice> recipients = new ArrayList<>();
        for (String recipient : allowed) {
            recipients.add(new Choice(Choice.id(RECIPIENT, recipients.size()), recipient,
                    CollabWords.recipient(recipient, page), null, recipient.equals(invoiceRecipient)));
        }
        List<Choice> periods = new ArrayList<>();
        for (Integer months : s.agreementPeriods()) {
            periods.add(new Choice(Choice.id(PERIOD, periods.size()), months.toString(),
                    CollabWords.months(months, words), null, months.toString().equals(agreementMonths)));
        }
        return new OptionFields(engagementChoices, variants, recipients, recipientHint(s, words), periods,
                s.agencyMayBePaymentRecipient(), agencyPaymentRecipient);
    }

    /** Who may receive the invoice: the rule of each variant when the service has variants. */
    private static String recipientHint(ServiceView s, CollabMsg words) {
        if (s.variants().isEmpty()) {
            return words.recipient_hint();
        }
        List<String> rules = new ArrayList<>();
        for (VariantView v : s.variants()) {
            boolean agency = v.invoiceRecipients().contains(CollabWords.RECIPIENT_AGENCY);
            boolean client = v.invoiceRecipients().contains(CollabWords.RECIPIENT_CLIENT);
            rules.add(agency && client ? words.variant_rule_both(v.name())
                    : agency ? words.variant_rule_agency(v.name()) : words.variant_rule_client(v.name()));
        }
        return words.recipient_hint() + " " + String.join(" ", rules);
    }
}
