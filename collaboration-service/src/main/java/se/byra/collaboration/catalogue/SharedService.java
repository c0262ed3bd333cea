package se.byra.collaboration.catalogue;

import java.util.List;
import java.util.Objects;

import se.byra.platform.events.collaboration.ServiceName;

/**
 * One shared service of the catalogue (delad tjänst), as {@code catalogue/services.json} describes it: what the
 * client gets, the steps after activation, who may be invoiced, its variants and agreement periods, and the terms
 * the client's administrator approves. Texts are in Swedish and English.
 *
 * @param code the stable code events and requests name it by
 * @param name its name
 * @param summary what the client gets
 * @param steps what to do once the collaboration is activated
 * @param invoiceRecipients who may be invoiced ({@link InvoiceRecipient}) when no variant says otherwise
 * @param agencyMayBePaymentRecipient whether the agency may receive the payments of invoices sent through it
 * @param variants its variants; empty for a service without any
 * @param agreementPeriods the agreement periods in months to choose from; empty for a service without one
 * @param terms the terms in force
 */
public record SharedService(String code, Text name, Text summary, Texts steps, List<InvoiceRecipient> invoiceRecipients,
        boolean agencyMayBePaymentRecipient, List<Variant> variants, List<Integer> agreementPeriods, Terms terms) {

    public SharedService {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(terms, "terms");
        steps = steps == null ? new Texts(List.of(), List.of()) : steps;
        invoiceRecipients = invoiceRecipients == null ? List.of() : List.copyOf(invoiceRecipients);
        variants = variants == null ? List.of() : List.copyOf(variants);
        agreementPeriods = agreementPeriods == null ? List.of() : List.copyOf(agreementPeriods);
    }

    public ServiceName serviceName() {
        return new ServiceName(name.sv(), name.en());
    }

    public Variant variant(String code) {
        return variants.stream().filter(v -> v.code().equals(code)).findFirst().orElse(null);
    }

    /** Who may be invoiced with the variant chosen (the service's own list for a service without variants). */
    public List<InvoiceRecipient> invoiceRecipients(Variant variant) {
        return variant == null ? invoiceRecipients : variant.invoiceRecipients();
    }

    /** A text in Swedish and English. */
    public record Text(String sv, String en) {

        public String in(String language) {
            return "en".equals(language) ? en : sv;
        }
    }

    /** A list of texts in Swedish and English. */
    public record Texts(List<String> sv, List<String> en) {

        public List<String> in(String language) {
            return "en".equals(language) ? en : sv;
        }
    }

    /** A variant of the service (Payroll: Standard, both work in it; Start, only the agency). */
    public record Variant(String code, Text name, Text description, List<InvoiceRecipient> invoiceRecipients) {
    }

    /** The terms the client's administrator approves: a new version is a new text. */
    public record Terms(String version, Text text) {
    }
}
