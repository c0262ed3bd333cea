package se.byra.gateway.downstream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The gateway's own copies of engagement-service's records, with only the fields the pages use
 * (the gateway does not depend on the service's module). Unknown properties are ignored, so the
 * service can add fields without breaking the pages; statuses are strings for the same reason.
 */
public final class EngagementApi {

    private EngagementApi() {
    }

    /** {@code clientManagerName}: the staff member's name, once engagement-service gives it (null until then). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClientSummary(UUID id, String name, String organisationNumber, String clientManagerId,
            String clientManagerName, boolean active, long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClientView(UUID id, String name, String organisationNumber, AddressData address,
            String clientManagerId, String clientManagerName, boolean active, List<ContactView> contacts,
            Instant createdAt, long version) {

        public List<ContactView> contacts() {
            return contacts == null ? List.of() : contacts;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContactView(UUID id, String name, String email, String phone, boolean main) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AddressData(String street, String postalCode, String city, String country) {
    }

    public record RegisterClient(String name, String organisationNumber, AddressData address, String clientManagerId,
            List<ContactData> contacts) {
    }

    public record ContactData(String name, String email, String phone, boolean main) {
    }

    public record UpdateClient(String name, String organisationNumber, AddressData address, String clientManagerId,
            List<ContactUpdate> contacts, long version) {
    }

    /** {@code id} is null for a contact added in this edit. */
    public record ContactUpdate(UUID id, String name, String email, String phone, boolean main) {
    }

    /** Status: DRAFT, ACTIVE (its letter is signed) or TERMINATED. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EngagementSummary(UUID id, UUID clientId, String title, LocalDate periodStart, LocalDate periodEnd,
            String status) {
    }

    /**
     * A staff member. Language (sv, en), permission (FULL, OWN_CLIENTS), status (ACTIVE,
     * DEACTIVATED) and the login's state (PENDING, ACTIVE, FAILED) are strings, as the statuses
     * above. {@code subject} is the login's id in the identity provider; engagement-service does
     * not show it yet (null until it does).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StaffView(UUID id, String name, String email, String language, String permission,
            boolean administrator, String status, String provisioningState, String provisioningReason,
            String subject, Instant createdAt, long version) {
    }

    public record InviteStaff(String name, String email, String language, String permission, boolean administrator) {
    }

    public record UpdateStaff(String name, String email, String language, String permission, boolean administrator,
            long version) {
    }

    /** The agency's profile: every field null and version 0 before an administrator first saves it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgencyView(String name, String organisationNumber, AddressData address, String email, String phone,
            LogoView logo, Instant updatedAt, long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LogoView(String contentType, int size, Instant updatedAt) {
    }

    public record UpdateAgency(String name, String organisationNumber, AddressData address, String email,
            String phone, long version) {
    }

    /** The logo's bytes and the type engagement-service detected when it was saved. */
    public record Logo(byte[] image, String contentType) {
    }
}
