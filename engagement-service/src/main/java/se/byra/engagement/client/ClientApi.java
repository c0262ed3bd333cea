package se.byra.engagement.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.byra.platform.web.validation.OrganisationNumber;
import se.byra.platform.web.validation.ValidOrganisationNumber;

/** The client register's REST records; a field that can be null says so in the OpenAPI document. */
public final class ClientApi {

    static final String ORGANISATION_NUMBER = "A Swedish organisation number (or a sole trader's personal identity "
            + "number): ten digits, the last a Luhn check digit over the first nine; the hyphen and a 16 century "
            + "prefix are optional. Kept as NNNNNN-NNNN; one client per number in an agency.";
    static final String CLIENT_MANAGER = "The client manager (kundansvarig): an active staff member of the agency "
            + "(StaffView.id), or null for none. Any other id answers 400 naming clientManagerId.";
    static final String CLIENT_MANAGER_NAME = "The client manager's name as the staff directory has it; null when "
            + "the client has no manager";

    private ClientApi() {
    }

    /** What a contact in a request says, registering or updating: {@link OneMainContact} reads it. */
    public interface ContactFields {
        String name();

        String email();

        String phone();

        boolean main();
    }

    public record RegisterClient(
            @NotBlank @Size(max = 200) String name,
            @Schema(description = ORGANISATION_NUMBER, pattern = OrganisationNumber.PATTERN, example = "556703-7485")
            @NotBlank @Size(max = 13) @ValidOrganisationNumber String organisationNumber,
            @Schema(nullable = true) @Valid AddressData address,
            @Schema(nullable = true, description = CLIENT_MANAGER) UUID clientManagerId,
            @Schema(description = "The client's contacts; exactly one of them is the main contact (main: true).")
            @NotEmpty @Size(max = 20) @OneMainContact List<@Valid ContactData> contacts) {
    }

    /** The whole client as it should be after the change, based on the version the caller read. */
    public record UpdateClient(
            @NotBlank @Size(max = 200) String name,
            @Schema(description = ORGANISATION_NUMBER, pattern = OrganisationNumber.PATTERN, example = "556703-7485")
            @NotBlank @Size(max = 13) @ValidOrganisationNumber String organisationNumber,
            @Schema(nullable = true) @Valid AddressData address,
            @Schema(nullable = true, description = CLIENT_MANAGER + " A manager the client already has is kept "
                    + "as it is, even when no longer active; a new one must be active.") UUID clientManagerId,
            @Schema(description = "All the client's contacts after the change; exactly one of them is the main "
                    + "contact (main: true). A contact with an id is that contact, changed; one without an id is "
                    + "added; a contact of the client left out is removed. An id that is not one of this client's "
                    + "contacts answers 400 naming it (contacts[2].id).")
            @NotEmpty @Size(max = 20) @OneMainContact List<@Valid ContactUpdate> contacts,
            @Schema(description = "The client's version the change is based on (ClientView.version, as read). "
                    + "When someone else changed the client since, the answer is 409: reload and change again.")
            @NotNull @PositiveOrZero Long version) {
    }

    public record AddressData(
            @Schema(nullable = true) @Size(max = 200) String street,
            @Schema(nullable = true, example = "111 22") @Size(max = 6)
            @Pattern(regexp = "\\d{3} ?\\d{2}", message = "{se.byra.engagement.postalCode.invalid}") String postalCode,
            @Schema(nullable = true) @Size(max = 100) String city,
            @Schema(nullable = true, description = "ISO 3166 alpha-2; SE when left out", example = "SE")
            @Pattern(regexp = "[A-Z]{2}", message = "{se.byra.engagement.country.invalid}") String country) {
    }

    public record ContactData(
            @NotBlank @Size(max = 200) String name,
            @Schema(nullable = true) @Email @Size(max = 254) String email,
            @Schema(nullable = true) @Size(max = 40) String phone,
            @Schema(description = "true for the main contact (huvudkontakt); false when left out") boolean main)
            implements ContactFields {
    }

    public record ContactUpdate(
            @Schema(nullable = true, description = "The contact's id (ContactView.id); null for a new contact")
            UUID id,
            @NotBlank @Size(max = 200) String name,
            @Schema(nullable = true) @Email @Size(max = 254) String email,
            @Schema(nullable = true) @Size(max = 40) String phone,
            @Schema(description = "true for the main contact (huvudkontakt); false when left out") boolean main)
            implements ContactFields {
    }

    public record ClientView(UUID id, String name, String organisationNumber, AddressData address,
            @Schema(nullable = true) UUID clientManagerId,
            @Schema(nullable = true, description = CLIENT_MANAGER_NAME) String clientManagerName, boolean active,
            @Schema(description = "The main contact first") List<ContactView> contacts, Instant createdAt,
            @Schema(description = "Changes with every update; send it back in UpdateClient.version") long version) {
    }

    public record ContactView(UUID id, String name, @Schema(nullable = true) String email,
            @Schema(nullable = true) String phone, boolean main) {
    }

    /** A row in the client list: no contacts, so a page is one query. */
    public record ClientSummary(UUID id, String name, String organisationNumber,
            @Schema(nullable = true) UUID clientManagerId,
            @Schema(nullable = true, description = CLIENT_MANAGER_NAME) String clientManagerName, boolean active,
            long version) {
    }
}
