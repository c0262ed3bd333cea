package se.byra.gateway.downstream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The gateway's copies of collaboration-service's records of a company's collaborations, as the portal's users see
 * and answer them ({@code /companies/{clientId}/collaborations}, {@code /me/collaboration-tasks}). Statuses, sides,
 * decisions, steps and task kinds are strings, so a value the service adds later is "Okänd status", not an error.
 */
public final class CompanyCollaborationApi {

    public static final String INVITED = "INVITED";
    public static final String ACTIVE = "ACTIVE";
    public static final String DECLINED = "DECLINED";
    public static final String EXPIRED = "EXPIRED";
    public static final String ENDED = "ENDED";

    /** Who did something: the agency's staff, the company's users, or the service itself (a deadline). */
    public static final String AGENCY = "AGENCY";
    public static final String CLIENT = "CLIENT";

    /** After an ending the company keeps the service alone (KEEP) or ends it too (END). */
    public static final String KEEP = "KEEP";
    public static final String END = "END";

    /** collaboration-service's problem types of a refused acceptance. */
    public static final String INVITATION_EXPIRED = "tag:byra.se,2026:problem:invitation-expired";
    public static final String TERMS_CHANGED = "tag:byra.se,2026:problem:terms-changed";

    private CompanyCollaborationApi() {
    }

    /**
     * A collaboration of the company with its agency, its texts (service name, summary, steps, terms) in the
     * caller's language. {@code termsToApprove} is there while the invitation waits; {@code awaitingAnswer} and
     * {@code awaitingServiceDecision} are true only for the company's administrator.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CompanyCollaborationView(UUID id, UUID clientId, String service, String serviceName, String summary,
            List<String> steps, String status, String invoiceRecipient, String variant, String variantName,
            String variantDescription, Integer agreementMonths, boolean agencyPaymentRecipient, Instant invitedAt,
            String invitedByName, Instant expiresAt, Terms termsToApprove, Instant answeredAt, String answeredByName,
            String termsVersion, String declineReason, Instant activatedAt, LocalDate endsOn, String endSide,
            String endByName, Instant endedAt, String serviceDecision, boolean awaitingAnswer,
            boolean awaitingServiceDecision) {

        public List<String> steps() {
            return steps == null ? List.of() : steps;
        }

        /** An invitation that may still be answered (by the administrator; a user reads it). */
        public boolean waiting() {
            return INVITED.equals(status) && (awaitingAnswer || termsToApprove != null);
        }

        /** An invitation nobody answered in time (the sweep may not have marked it yet). */
        public boolean expired() {
            return EXPIRED.equals(status) || (INVITED.equals(status) && !waiting());
        }

        public boolean active() {
            return ACTIVE.equals(status);
        }

        public boolean ended() {
            return ENDED.equals(status);
        }

        public boolean declined() {
            return DECLINED.equals(status);
        }
    }

    /** The terms to approve: their version, sent back with the approval, and their text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Terms(String version, String text) {
    }

    /** Something the signed-in user is to do about a collaboration of a company they administer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CollaborationTask(UUID clientId, String clientName, UUID collaborationId, String serviceName,
            String kind, Instant expiresAt, LocalDate endsOn) {

        /** Approve or decline an invitation (by {@code expiresAt}). */
        public static final String ANSWER_INVITATION = "ANSWER_INVITATION";
        /** Keep the service alone or end it, after the agency ended the collaboration (its last day {@code endsOn}). */
        public static final String DECIDE_SERVICE = "DECIDE_SERVICE";
    }

    /** One step of a collaboration's history. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryEntry(Instant at, String what, String side, String byName, List<Change> changes,
            String note) {

        public List<Change> changes() {
            return changes == null ? List.of() : changes;
        }
    }

    /** A field a step changed, its values as text ({@code endsOn}: an ISO date). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String field, String before, String after) {
    }

    /** The administrator approves the collaboration and the version of the terms shown. */
    public record Accept(String termsVersion) {
    }

    /** The administrator declines; {@code reason} (null: none given) is for the agency. */
    public record Decline(String reason) {
    }

    /** The administrator ends the collaboration on {@code endsOn} (null: now), keeping the service alone or not. */
    public record ClientEnd(LocalDate endsOn, boolean keepService) {
    }

    /** After the agency ended it: the company keeps the service alone, or ends it too. */
    public record ServiceChoice(boolean keepService) {
    }
}
