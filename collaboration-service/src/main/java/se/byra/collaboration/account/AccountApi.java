package se.byra.collaboration.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The REST records of client accounts and their users: the agency's side and the portal's. */
public final class AccountApi {

    static final String PROVISIONING_STATE = "Whether the person's login exists yet: PENDING until provisioning has "
            + "made it, ACTIVE once it has (the person chooses a password from the mail they were sent), FAILED when "
            + "the identity provider refused it";

    private AccountApi() {
    }

    /** A client company's account, as the agency sees it. */
    public record ClientAccountView(
            UUID clientId,
            @Schema(description = "The client's name as the agency's register has it now") String clientName,
            String organisationNumber,
            Instant createdAt,
            @Schema(description = "The staff member who created the account") String createdByName,
            @Schema(description = "How many people use the account (GET .../account/users lists them)") long users) {
    }

    /** A user of a client's account, as the agency sees them: with why their login is not made, when it is not. */
    public record AccountUserView(
            UUID clientUserId,
            String name,
            String email,
            Language language,
            MembershipRole role,
            @Schema(description = PROVISIONING_STATE) ProvisioningState provisioningState,
            @Schema(nullable = true, description = "Why the last provisioning attempt did not succeed, in the identity "
                    + "provider's words: while PENDING, what it is waiting for; when FAILED, why")
            String provisioningReason,
            Instant grantedAt) {
    }

    /** A company the caller belongs to, for the portal's company switcher. */
    public record CompanyView(
            UUID clientId,
            @Schema(description = "The company's name as its agency's register has it now") String name,
            String organisationNumber,
            @Schema(description = "ADMINISTRATOR invites and removes the company's users") MembershipRole role) {
    }

    /** A user of the company, as its members see them. */
    public record CompanyUserView(
            UUID clientUserId,
            String name,
            String email,
            Language language,
            MembershipRole role,
            @Schema(description = PROVISIONING_STATE) ProvisioningState provisioningState,
            Instant grantedAt) {
    }

    /** A person the company's administrator gives access to the company. */
    public record InviteUser(
            @Schema(description = "The person's name; a person who already uses the portal keeps the name they have")
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "The person's e-mail address, their sign-in and where the invitation goes; kept in "
                    + "lower case. One person is one client user, whatever companies they belong to.",
                    example = "sara@bageriet.se")
            @NotBlank @Email @Size(max = 254) String email,
            @Schema(nullable = true, description = "The language the person reads the portal in; sv when left out, "
                    + "and kept as it is for a person who already uses the portal") Language language,
            @Schema(nullable = true, description = "USER when left out; an ADMINISTRATOR invites and removes the "
                    + "company's users") MembershipRole role) {
    }
}
