package se.byra.engagement.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The client register's REST records. */
public final class ClientApi {

    private ClientApi() {
    }

    public record RegisterClient(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @ValidOrganisationNumber String organisationNumber,
            @Valid AddressData address,
            @Size(max = 100) String clientManagerId,
            @NotEmpty @Size(max = 20) List<@Valid ContactData> contacts) {
    }

    public record AddressData(
            @Size(max = 200) String street,
            @Pattern(regexp = "\\d{3} ?\\d{2}", message = "{se.byra.engagement.postalCode.invalid}") String postalCode,
            @Size(max = 100) String city,
            @Pattern(regexp = "[A-Z]{2}", message = "{se.byra.engagement.country.invalid}") String country) {
    }

    public record ContactData(
            @NotBlank @Size(max = 200) String name,
            @Email @Size(max = 254) String email,
            @Size(max = 40) String phone,
            boolean main) {
    }

    public record ClientView(UUID id, String name, String organisationNumber, AddressData address,
            String clientManagerId, boolean active, List<ContactView> contacts, Instant createdAt) {
    }

    public record ContactView(UUID id, String name, String email, String phone, boolean main) {
    }

    /** A row in the client list: no contacts, so a page is one query. */
    public record ClientSummary(UUID id, String name, String organisationNumber, String clientManagerId,
            boolean active) {
    }
}
