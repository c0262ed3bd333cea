package se.byra.collaboration.answer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.byra.collaboration.catalogue.InvoiceRecipient;
import se.byra.collaboration.collaboration.CollaborationApi.TermsView;
import se.byra.collaboration.collaboration.CollaborationStatus;
import se.byra.collaboration.collaboration.ServiceDecision;
import se.byra.collaboration.collaboration.Side;

/** REST records of collaborations as a client company's users see them. */
public final class CompanyApi {

    private CompanyApi() {
    }

    /** A collaboration of the company with its agency. */
    public record CompanyCollaborationView(
            UUID id,
            UUID clientId,
            String service,
            String serviceName,
            @Schema(description = "What the company gets") String summary,
            @Schema(description = "What to do once it is active") List<String> steps,
            CollaborationStatus status,
            InvoiceRecipient invoiceRecipient,
            @Schema(nullable = true) String variant,
            @Schema(nullable = true, description = "The variant's name and what it means") String variantName,
            @Schema(nullable = true) String variantDescription,
            @Schema(nullable = true) Integer agreementMonths,
            boolean agencyPaymentRecipient,
            @Schema(nullable = true) Instant invitedAt,
            @Schema(nullable = true) String invitedByName,
            @Schema(nullable = true) Instant expiresAt,
            @Schema(nullable = true, description = "While waiting for an answer: the terms to approve, in force now")
            TermsView termsToApprove,
            @Schema(nullable = true) Instant answeredAt,
            @Schema(nullable = true) String answeredByName,
            @Schema(nullable = true, description = "The version of the terms approved") String termsVersion,
            @Schema(nullable = true) String declineReason,
            @Schema(nullable = true) Instant activatedAt,
            @Schema(nullable = true) LocalDate endsOn,
            @Schema(nullable = true) Side endSide,
            @Schema(nullable = true) String endByName,
            @Schema(nullable = true) Instant endedAt,
            @Schema(nullable = true) ServiceDecision serviceDecision,
            @Schema(description = "Whether the company's administrator is to answer the invitation now")
            boolean awaitingAnswer,
            @Schema(description = "Whether the company's administrator is to say if it keeps the service alone")
            boolean awaitingServiceDecision) {
    }

    /** Something a company's administrator is to do about a collaboration, for the portal's home page. */
    public record CollaborationTask(
            UUID clientId,
            String clientName,
            UUID collaborationId,
            String serviceName,
            @Schema(description = "ANSWER_INVITATION: approve or decline; DECIDE_SERVICE: keep the service alone or "
                    + "end it after the agency ended the collaboration") Kind kind,
            @Schema(nullable = true, description = "An invitation: when it expires") Instant expiresAt,
            @Schema(nullable = true, description = "An ending: the last day") LocalDate endsOn) {

        public enum Kind {
            ANSWER_INVITATION, DECIDE_SERVICE
        }
    }
}
