package se.byra.collaboration.collaboration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.byra.collaboration.catalogue.InvoiceRecipient;
import se.byra.collaboration.collaboration.HistoryEntry.Step;
import se.byra.platform.events.collaboration.CollaborationUpdated.Change;
import se.byra.platform.web.input.MultiLine;

/** REST records of collaborations, for staff and for the client's users. */
public final class CollaborationApi {

    private CollaborationApi() {
    }

    /** The options a collaboration is made with; the catalogue says which the service takes. */
    public record Options(
            @Schema(description = "Who receives the service's invoice; the service (or its variant) says who may")
            @NotNull InvoiceRecipient invoiceRecipient,
            @Schema(nullable = true, description = "The service's variant (Payroll: STANDARD or START); required for a "
                    + "service with variants, refused for one without") @Size(max = 20) String variant,
            @Schema(nullable = true, description = "The agreement period in months, one of the service's "
                    + "(Financial overview: 3 or 12); required for a service with periods, refused for one without")
            @Min(1) @Max(120) Integer agreementMonths,
            @Schema(nullable = true, description = "Whether the agency receives the payments of invoices sent through "
                    + "the service; only a service that allows it (Digital invoices) takes true. False when left out.")
            Boolean agencyPaymentRecipient) {
    }

    /** Staff activate a collaboration in a service with a client, on an engagement in force. */
    public record Activate(
            @Schema(description = "The service's code in the catalogue (GET /catalogue)", example = "digital-invoices")
            @NotBlank @Size(max = 40) String service,
            @Schema(description = "An engagement in force on the client (GET /engagements?clientId=...)")
            @NotNull UUID engagementId,
            @NotNull InvoiceRecipient invoiceRecipient,
            @Schema(nullable = true) @Size(max = 20) String variant,
            @Schema(nullable = true) @Min(1) @Max(120) Integer agreementMonths,
            @Schema(nullable = true) Boolean agencyPaymentRecipient) {

        public Options options() {
            return new Options(invoiceRecipient, variant, agreementMonths, agencyPaymentRecipient);
        }
    }

    /** Staff change a collaboration that is invited or active. */
    public record Edit(
            @NotNull UUID engagementId,
            @NotNull InvoiceRecipient invoiceRecipient,
            @Schema(nullable = true) @Size(max = 20) String variant,
            @Schema(nullable = true) @Min(1) @Max(120) Integer agreementMonths,
            @Schema(nullable = true) Boolean agencyPaymentRecipient,
            @Schema(description = "The version the change was made from (the view's version): another change in "
                    + "between makes this one 409") @NotNull @Min(0) Long version) {

        public Options options() {
            return new Options(invoiceRecipient, variant, agreementMonths, agencyPaymentRecipient);
        }
    }

    /** Staff link an imported collaboration to its service and engagement: it is active from then on. */
    public record Link(
            @NotBlank @Size(max = 40) String service,
            @NotNull UUID engagementId,
            @NotNull InvoiceRecipient invoiceRecipient,
            @Schema(nullable = true) @Size(max = 20) String variant,
            @Schema(nullable = true) @Min(1) @Max(120) Integer agreementMonths,
            @Schema(nullable = true) Boolean agencyPaymentRecipient) {

        public Options options() {
            return new Options(invoiceRecipient, variant, agreementMonths, agencyPaymentRecipient);
        }
    }

    /** An ending: now, or on a later day (the collaboration's last day). */
    public record End(
            @Schema(nullable = true, description = "The last day of the collaboration; today or left out ends it now, "
                    + "a later day ends it when that day is over") LocalDate endsOn) {
    }

    /** The client's administrator ends a collaboration and says whether the company keeps the service alone. */
    public record ClientEnd(
            @Schema(nullable = true, description = "The last day; today or left out ends it now") LocalDate endsOn,
            @Schema(description = "True: the company goes on using the service alone; false: it ends the service too")
            @NotNull Boolean keepService) {
    }

    /** After a collaboration the agency ended, the client's administrator keeps the service alone or ends it. */
    public record ServiceChoice(@NotNull Boolean keepService) {
    }

    /** The administrator approves the collaboration and the version of the terms they were shown. */
    public record Accept(
            @Schema(description = "The version of the terms shown (the view's termsToApprove.version): terms changed "
                    + "since make this 409 with the new ones") @NotBlank @Size(max = 40) String termsVersion) {
    }

    public record Decline(
            @Schema(nullable = true, description = "Why, in the administrator's words, for the agency",
                    extensions = @Extension(name = MultiLine.EXTENSION, value = "true"))
            @Size(max = 1000) String reason) {
    }

    /** A collaboration as staff see it, in lists and alone. */
    public record CollaborationView(
            UUID id,
            UUID clientId,
            @Schema(description = "The client's name as the agency's register has it now") String clientName,
            @Schema(nullable = true, description = "The service's code; null while unlinked") String service,
            @Schema(nullable = true, description = "The service's name in the caller's language") String serviceName,
            @Schema(nullable = true) UUID engagementId,
            @Schema(nullable = true) String engagementTitle,
            @Schema(nullable = true, description = "The engagement's owner") UUID ownerId,
            @Schema(description = "The staff members with access to the client's service: the engagement's owner and "
                    + "participants, as the engagement has them now") List<UUID> staffIds,
            CollaborationStatus status,
            @Schema(nullable = true) Scenario scenario,
            @Schema(nullable = true) InvoiceRecipient invoiceRecipient,
            @Schema(nullable = true) String variant,
            @Schema(nullable = true) Integer agreementMonths,
            boolean agencyPaymentRecipient,
            @Schema(nullable = true) Instant invitedAt,
            @Schema(nullable = true) String invitedByName,
            @Schema(nullable = true) Instant expiresAt,
            @Schema(description = "How many times the invitation was sent") int timesSent,
            @Schema(nullable = true) Instant answeredAt,
            @Schema(nullable = true) String answeredByName,
            @Schema(nullable = true, description = "The version of the terms the administrator approved")
            String termsVersion,
            @Schema(nullable = true) String declineReason,
            @Schema(nullable = true) Instant activatedAt,
            @Schema(nullable = true, description = "The last day, once an ending is set") LocalDate endsOn,
            @Schema(nullable = true) Side endSide,
            @Schema(nullable = true) String endByName,
            @Schema(nullable = true) Instant endedAt,
            @Schema(nullable = true, description = "After the ending: the client keeps the service alone or ends it")
            ServiceDecision serviceDecision,
            @Schema(nullable = true) String importReference,
            @Schema(nullable = true) String importServiceName,
            @Schema(nullable = true) LocalDate importStartedOn,
            long version) {
    }

    /** One step of a collaboration's history. */
    public record HistoryView(Instant at, Step what, Side side, @Schema(nullable = true) String byName,
            List<Change> changes, @Schema(nullable = true) String note) {
    }

    /** A service of the catalogue in the caller's language. */
    public record ServiceView(
            String code,
            String name,
            @Schema(description = "What the client gets") String summary,
            @Schema(description = "What to do once the collaboration is activated") List<String> steps,
            List<InvoiceRecipient> invoiceRecipients,
            boolean agencyMayBePaymentRecipient,
            List<VariantView> variants,
            @Schema(description = "Agreement periods in months; empty for a service without") List<Integer> agreementPeriods,
            TermsView terms) {
    }

    public record VariantView(String code, String name, String description, List<InvoiceRecipient> invoiceRecipients) {
    }

    public record TermsView(String version, String text) {
    }
}
