package se.byra.collaboration.collaboration;

import java.util.ArrayList;
import java.util.List;

import se.byra.collaboration.catalogue.SharedService;
import se.byra.collaboration.collaboration.CollaborationApi.Options;
import se.byra.platform.web.problem.Problem;
import se.byra.platform.web.problem.ProblemException;
import se.byra.platform.web.problem.ProblemType;

/** Whether a collaboration's options fit its service as the catalogue describes it; every field's error at once. */
public final class OptionRules {

    private OptionRules() {
    }

    /** The options as they are stored (no payment recipient is false), or 400 naming each field that does not fit. */
    public static Options check(SharedService service, Options options) {
        List<Problem.FieldError> errors = new ArrayList<>();
        SharedService.Variant variant = null;
        if (service.variants().isEmpty()) {
            if (options.variant() != null) {
                errors.add(new Problem.FieldError("variant", service.code() + " has no variants: leave it out"));
            }
        } else if (options.variant() == null) {
            errors.add(new Problem.FieldError("variant", "required for " + service.code() + ": one of "
                    + codes(service)));
        } else {
            variant = service.variant(options.variant());
            if (variant == null) {
                errors.add(new Problem.FieldError("variant", "one of " + codes(service)));
            }
        }
        if (options.invoiceRecipient() != null && (variant != null || service.variants().isEmpty())
                && !service.invoiceRecipients(variant).contains(options.invoiceRecipient())) {
            errors.add(new Problem.FieldError("invoiceRecipient", "must be " + service.invoiceRecipients(variant)
                    .get(0) + (variant == null ? "" : " with the variant " + variant.code())));
        }
        if (service.agreementPeriods().isEmpty()) {
            if (options.agreementMonths() != null) {
                errors.add(new Problem.FieldError("agreementMonths", service.code() + " has no agreement period: "
                        + "leave it out"));
            }
        } else if (options.agreementMonths() == null || !service.agreementPeriods().contains(options.agreementMonths())) {
            errors.add(new Problem.FieldError("agreementMonths", "one of " + service.agreementPeriods() + " months"));
        }
        boolean payment = Boolean.TRUE.equals(options.agencyPaymentRecipient());
        if (payment && !service.agencyMayBePaymentRecipient()) {
            errors.add(new Problem.FieldError("agencyPaymentRecipient", "the agency cannot receive the payments of "
                    + service.code()));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, ProblemType.VALIDATION, "Invalid request", errors.get(0).field() + ": "
                    + errors.get(0).message(), errors);
        }
        return new Options(options.invoiceRecipient(), options.variant(), options.agreementMonths(), payment);
    }

    private static String codes(SharedService service) {
        return String.join(", ", service.variants().stream().map(SharedService.Variant::code).toList());
    }
}
