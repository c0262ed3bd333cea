package se.byra.gateway.downstream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The gateway's copies of collaboration-service's records (see {@link EngagementApi}): signed engagements, and
 * client accounts with their users. Roles (ADMINISTRATOR, USER), languages (sv, en) and the login's state (PENDING,
 * ACTIVE, FAILED) are strings, so a value the service adds later is "Okänd status", not an error.
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
}
