package se.byra.collaboration.activation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.byra.collaboration.collaboration.CollaborationApi.ServiceView;
import se.byra.collaboration.collaboration.CollaborationStatus;
import se.byra.collaboration.collaboration.Scenario;

/** REST records of a client's services and of activating a collaboration. */
public final class ActivationApi {

    private ActivationApi() {
    }

    /** The client's collaborations at a glance: one tile per service of the catalogue. */
    public record ClientServices(
            UUID clientId,
            String clientName,
            @Schema(description = "Whether the client has an account in the platform (is a customer)") boolean customer,
            @Schema(description = "How many engagements are in force on the client; 0: a collaboration needs one first")
            long engagementsInForce,
            List<ServiceTile> tiles,
            @Schema(description = "The client's imported collaborations not linked to a service yet") long unlinked) {
    }

    /** One service for one client: the latest collaboration in it, if any, and whether the client uses it. */
    public record ServiceTile(
            String service,
            String name,
            String summary,
            @Schema(nullable = true, description = "The open collaboration (invited or active), else the latest one; "
                    + "null when there never was one") UUID collaborationId,
            @Schema(nullable = true) CollaborationStatus status,
            @Schema(description = "Whether the client uses the service in the platform") boolean clientUsesService,
            @Schema(nullable = true, description = "While invited: when the invitation expires") Instant expiresAt,
            @Schema(nullable = true, description = "While active: since when") Instant activatedAt,
            @Schema(nullable = true, description = "An ending set: the last day") LocalDate endsOn) {
    }

    /**
     * What activating the service with the client means, for the activation dialog: which of the three cases
     * applies, the engagements to choose from, the main contact to check for a new customer.
     */
    public record ActivationPreview(
            UUID clientId,
            String clientName,
            ServiceView service,
            @Schema(description = "EXISTING_SERVICE: the client uses the service, its administrators are asked; "
                    + "NEW_SERVICE: a customer without the service, it is activated with the collaboration; "
                    + "NEW_CUSTOMER: the client's account is created, its main contact the administrator")
            Scenario scenario,
            @Schema(description = "The engagements in force on the client; empty: create one first")
            List<EngagementOption> engagements,
            @Schema(description = "The client's main contact, who becomes the administrator of a new customer")
            MainContact mainContact,
            @Schema(description = "Who is asked to approve: the names of the account's administrators (for a new "
                    + "customer, the main contact)") List<String> approvers,
            @Schema(nullable = true, description = "An invited or active collaboration in the service already: no "
                    + "second one can be activated") UUID openCollaborationId,
            @Schema(nullable = true) CollaborationStatus openStatus,
            @Schema(description = "Whether everything needed is there to activate now") boolean ready) {
    }

    public record EngagementOption(UUID id, String title, LocalDate periodStart,
            @Schema(nullable = true) LocalDate periodEnd) {
    }

    /**
     * @param missing the fields the main contact lacks to become an administrator ({@code mainContactName},
     *        {@code mainContactEmail}); empty when complete
     */
    public record MainContact(@Schema(nullable = true) String name, @Schema(nullable = true) String email,
            List<String> missing) {
    }
}
