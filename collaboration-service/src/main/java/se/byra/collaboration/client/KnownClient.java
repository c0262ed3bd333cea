package se.byra.collaboration.client;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.web.problem.ProblemException;

/**
 * A client of an agency's register as engagement-service last published it ({@code ClientRegistered},
 * {@code ClientUpdated}): what a client account is made from (its name, its main contact). Never read from
 * the other service's database.
 */
@Entity
@Table(name = "known_client")
public class KnownClient extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    public UUID agencyId;

    @Column(nullable = false)
    public String name;

    @Column(name = "organisation_number", nullable = false)
    public String organisationNumber;

    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;

    @Column(nullable = false)
    public String country;

    @Column(name = "main_contact_name", nullable = false)
    public String mainContactName;

    @Column(name = "main_contact_email")
    public String mainContactEmail;

    @Column(name = "main_contact_phone")
    public String mainContactPhone;

    @Column(name = "client_manager_id")
    public UUID clientManagerId;

    /** The time of the event this row was last written from: an older event changes nothing. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The client, if the caller may see it: another agency's, or one outside an own-clients scope, is 404. */
    public static KnownClient visibleTo(StaffAccess staff, UUID clientId) {
        staff.requireClient(clientId);
        KnownClient client = findInAgency(staff.agencyId(), clientId);
        if (client == null) {
            throw ProblemException.notFound("Client", clientId);
        }
        return client;
    }

    public static KnownClient findInAgency(UUID agencyId, UUID clientId) {
        return find("clientId = ?1 and agencyId = ?2", clientId, agencyId).firstResult();
    }
}
