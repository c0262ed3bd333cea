package se.byra.engagement.agency;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.byra.engagement.client.ClientApi.AddressData;
import se.byra.platform.web.validation.OrganisationNumber;
import se.byra.platform.web.validation.ValidOrganisationNumber;

/** The agency profile's REST records. */
public final class AgencyApi {

    /** Digits with an optional leading +, and spaces, hyphens and parentheses between them. */
    static final String PHONE = "\\+?[0-9 ()-]*[0-9][0-9 ()-]*";

    private AgencyApi() {
    }

    /** The whole profile as it should be after the change, based on the version the caller read. */
    public record UpdateAgency(
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "The agency's Swedish organisation number: ten digits, the last a Luhn check "
                    + "digit; the hyphen and a 16 century prefix are optional. Kept as NNNNNN-NNNN.",
                    pattern = OrganisationNumber.PATTERN, example = "556703-7485")
            @NotBlank @Size(max = 13) @ValidOrganisationNumber String organisationNumber,
            @Schema(nullable = true) @Valid AddressData address,
            @Schema(nullable = true, description = "Kept in lower case") @Email @Size(max = 254) String email,
            @Schema(nullable = true, example = "08-123 45 67") @Size(max = 40)
            @Pattern(regexp = PHONE, message = "{se.byra.engagement.phone.invalid}") String phone,
            @Schema(description = "The profile's version the change is based on (AgencyView.version, as read; 0 "
                    + "before anything is saved). When someone else saved the profile since, the answer is 409: "
                    + "reload and change again.")
            @NotNull @PositiveOrZero Long version) {
    }

    @Schema(description = "The caller's agency. Before an administrator first saves it, every field is null and "
            + "the version is 0.")
    public record AgencyView(
            @Schema(nullable = true) String name,
            @Schema(nullable = true, example = "556703-7485") String organisationNumber,
            @Schema(nullable = true) AddressData address,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String phone,
            @Schema(nullable = true, description = "The logo, when there is one: GET /agency/logo serves it")
            LogoView logo,
            @Schema(nullable = true) Instant updatedAt,
            @Schema(description = "0 before anything is saved; changes with every save. Send it back in "
                    + "UpdateAgency.version.") long version) {
    }

    public record LogoView(
            @Schema(description = "Detected from the image itself", enumeration = { "image/png", "image/jpeg" })
            String contentType,
            @Schema(description = "Size in bytes") int size,
            Instant updatedAt) {
    }
}
