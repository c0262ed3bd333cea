package se.byra.gateway.downstream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The gateway's copies of collaboration-service's records (see {@link EngagementApi}): signed engagements, client
 * accounts with their users, and the collaborations in shared services. Roles (ADMINISTRATOR, USER), languages (sv,
 * en), the login's state (PENDING, ACTIVE, FAILED), a collaboration's status, scenario, side, invoice recipient and
 * history step are strings, so a value the service adds later is "Okänd status", not an error.
 */
public final class CollaborationApi {

    /** A company's administrator invites and removes its users; a user does not. */
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String USER = "USER";

    private CollaborationApi() {
    }

    /** A signed engagement collaboration-service knows: what a collaboration can be activated on. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SignedEngagement(UUID id, UUID clientId, String title, LocalDate periodStart, LocalDate periodEnd,
            int letterVersion, Instant signedAt) {
    }

    /** A client's account as the agency sees it; {@code users} how many people use it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClientAccountView(UUID clientId, String clientName, String organisationNumber, Instant createdAt,
            String createdByName, long users) {
    }

    /**
     * A user of a client's account: the agency's view ({@code AccountUserView}) and the portal's
     * ({@code CompanyUserView}, without {@code provisioningReason}, the identity provider's words being for the
     * agency) have the same fields otherwise.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClientUserView(UUID clientUserId, String name, String email, String language, String role,
            String provisioningState, String provisioningReason, Instant grantedAt) {

        public boolean administrator() {
            return ADMINISTRATOR.equals(role);
        }
    }

    /** A company the signed-in client user belongs to, with their role in it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CompanyView(UUID clientId, String name, String organisationNumber, String role) {

        public boolean administrator() {
            return ADMINISTRATOR.equals(role);
        }
    }

    /** A person given access to a company: {@code language} and {@code role} null for the service's defaults. */
    public record InviteUser(String name, String email, String language, String role) {
    }

    // Collaborations: the agency's side

    /** A collaboration's status as the service writes it. */
    public static final String INVITED = "INVITED";
    public static final String ACTIVE = "ACTIVE";
    public static final String DECLINED = "DECLINED";
    public static final String EXPIRED = "EXPIRED";
    public static final String ENDED = "ENDED";
    public static final String UNLINKED = "UNLINKED";
    /** Who did something to a collaboration. */
    public static final String AGENCY = "AGENCY";
    public static final String CLIENT = "CLIENT";

    /** The client's collaborations at a glance: one tile per service of the catalogue. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClientServices(UUID clientId, String clientName, boolean customer, long engagementsInForce,
            List<ServiceTile> tiles, long unlinked) {

        public List<ServiceTile> tiles() {
            return tiles == null ? List.of() : tiles;
        }
    }

    /**
     * One service for one client: the open collaboration in it (invited or active), else the latest one; {@code
     * collaborationId} and {@code status} null when there never was one.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServiceTile(String service, String name, String summary, UUID collaborationId, String status,
            boolean clientUsesService, Instant expiresAt, Instant activatedAt, LocalDate endsOn) {
    }

    /** What activating a service with the client means: the case, the engagements, the main contact to check. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActivationPreview(UUID clientId, String clientName, ServiceView service, String scenario,
            List<EngagementOption> engagements, MainContactView mainContact, List<String> approvers,
            UUID openCollaborationId, String openStatus, boolean ready) {

        public List<EngagementOption> engagements() {
            return engagements == null ? List.of() : engagements;
        }

        public List<String> approvers() {
            return approvers == null ? List.of() : approvers;
        }
    }

    /** An engagement in force a collaboration can rest on. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EngagementOption(UUID id, String title, LocalDate periodStart, LocalDate periodEnd) {
    }

    /** The client's main contact; {@code missing} names what they lack ({@code mainContactName}, {@code mainContactEmail}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MainContactView(String name, String email, List<String> missing) {

        public List<String> missing() {
            return missing == null ? List.of() : missing;
        }
    }

    /** A service of the catalogue in the page's language, with the options it takes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServiceView(String code, String name, String summary, List<String> steps,
            List<String> invoiceRecipients, boolean agencyMayBePaymentRecipient, List<VariantView> variants,
            List<Integer> agreementPeriods, TermsView terms) {

        public List<String> steps() {
            return steps == null ? List.of() : steps;
        }

        public List<String> invoiceRecipients() {
            return invoiceRecipients == null ? List.of() : invoiceRecipients;
        }

        public List<VariantView> variants() {
            return variants == null ? List.of() : variants;
        }

        public List<Integer> agreementPeriods() {
            return agreementPeriods == null ? List.of() : agreementPeriods;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VariantView(String code, String name, String description, List<String> invoiceRecipients) {

        public List<String> invoiceRecipients() {
            return invoiceRecipients == null ? List.of() : invoiceRecipients;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TermsView(String version, String text) {
    }

    /** A collaboration as staff see it, in lists and alone. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CollaborationView(UUID id, UUID clientId, String clientName, String service, String serviceName,
            UUID engagementId, String engagementTitle, UUID ownerId, List<UUID> staffIds, String status,
            String scenario, String invoiceRecipient, String variant, Integer agreementMonths,
            boolean agencyPaymentRecipient, Instant invitedAt, String invitedByName, Instant expiresAt, int timesSent,
            Instant answeredAt, String answeredByName, String termsVersion, String declineReason, Instant activatedAt,
            LocalDate endsOn, String endSide, String endByName, Instant endedAt, String serviceDecision,
            String importReference, String importServiceName, LocalDate importStartedOn, long version) {

        public List<UUID> staffIds() {
            return staffIds == null ? List.of() : staffIds;
        }

        public boolean is(String other) {
            return other.equals(status);
        }
    }

    /** One step of a collaboration's history; {@code changes} the fields it changed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryView(Instant at, String what, String side, String byName, List<Change> changes,
            String note) {

        public List<Change> changes() {
            return changes == null ? List.of() : changes;
        }
    }

    /** A changed field with its values before and after, as text (null: none). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String field, String before, String after) {
    }

    /** {@code POST /clients/{id}/collaborations}: activate a collaboration in a service. */
    public record Activate(String service, UUID engagementId, String invoiceRecipient, String variant,
            Integer agreementMonths, Boolean agencyPaymentRecipient) {
    }

    /** {@code PUT /collaborations/{id}}: change an invited or active collaboration made from {@code version}. */
    public record Edit(UUID engagementId, String invoiceRecipient, String variant, Integer agreementMonths,
            Boolean agencyPaymentRecipient, long version) {
    }

    /** {@code POST /collaborations/{id}/link}: an imported collaboration to its service and engagement. */
    public record Link(String service, UUID engagementId, String invoiceRecipient, String variant,
            Integer agreementMonths, Boolean agencyPaymentRecipient) {
    }

    /** {@code POST /collaborations/{id}/ending}: the last day, or null for now. */
    public record End(LocalDate endsOn) {
    }

    /** What an import did: the rows taken, and each row refused with the field at fault and why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportReport(int rows, int imported, List<RefusedRow> refused) {

        public List<RefusedRow> refused() {
            return refused == null ? List.of() : refused;
        }
    }

    /** {@code row} the row's number after the header; {@code reason} the service's words. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code code} names why (EMPTY, REQUIRED, TOO_LONG, ALREADY_IMPORTED, ...); a string, so a new one shows its reason. */
    public record RefusedRow(int row, String reference, String field, String code, String reason) {
    }
}
