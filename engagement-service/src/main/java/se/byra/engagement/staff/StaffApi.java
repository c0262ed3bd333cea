package se.byra.engagement.staff;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The staff directory's REST records. */
public final class StaffApi {

    static final String EMAIL = "The staff member's e-mail address, where the invitation goes; kept in lower case, "
            + "and unique among the agency's staff.";
    static final String PERMISSION = "FULL sees every client of the agency; OWN_CLIENTS only those the staff member "
            + "is responsible for or takes part in.";
    static final String ADMINISTRATOR = "Administers the agency: its profile and its staff (role agency-admin). "
            + "false when left out.";

    private StaffApi() {
    }

    /** What a staff member's form holds, inviting or changing. */
    public interface StaffFields {
        String name();

        String email();

        Language language();

        Permission permission();

        boolean administrator();
    }

    public record InviteStaff(
            @NotBlank @Size(max = 200) String name,
            @Schema(description = EMAIL, example = "karin@byran.se") @NotBlank @Email @Size(max = 254) String email,
            @Schema(description = "The language the staff member reads the platform in") @NotNull Language language,
            @Schema(description = PERMISSION) @NotNull Permission permission,
            @Schema(description = ADMINISTRATOR) boolean administrator) implements StaffFields {
    }

    /** The whole staff member as it should be after the change, based on the version the caller read. */
    public record UpdateStaff(
            @NotBlank @Size(max = 200) String name,
            @Schema(description = EMAIL, example = "karin@byran.se") @NotBlank @Email @Size(max = 254) String email,
            @Schema(description = "The language the staff member reads the platform in") @NotNull Language language,
            @Schema(description = PERMISSION) @NotNull Permission permission,
            @Schema(description = ADMINISTRATOR) boolean administrator,
            @Schema(description = "The staff member's version the change is based on (StaffView.version, as read). "
                    + "When someone else changed the staff member since, the answer is 409: reload and change again.")
            @NotNull @PositiveOrZero Long version) implements StaffFields {
    }

    public record StaffView(UUID id, String name, String email, Language language, Permission permission,
            boolean administrator, StaffStatus status,
            @Schema(description = "Whether the staff member's login exists yet: PENDING until provisioning has "
                    + "made it, FAILED when it could not") ProvisioningState provisioningState,
            @Schema(nullable = true, description = "Why the last provisioning attempt did not succeed, in the "
                    + "identity provider's words: while PENDING, what it is waiting for; when FAILED, why") 
            String provisioningReason,
            Instant createdAt, Instant updatedAt,
            @Schema(description = "Changes with every update; send it back in UpdateStaff.version") long version) {
    }
}
