package se.byra.cases.directory;

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
 * A client of an agency's register as engagement-service last published it: its name, whether its address is
 * complete, and its main contact, to whom the consent invitation goes. Never read from the other service's database.
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

    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;

    @Column(name = "main_contact_name")
    public String mainContactName;

    @Column(name = "main_contact_email")
    public String mainContactEmail;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Street, postal code and city are all there: an invitation may be sent to the company. */
    public boolean addressComplete() {
        return !blank(street) && !blank(postalCode) && !blank(city);
    }

    /** The client, if the caller may see it: another agency's, or one outside an own-clients scope, is 404. */
    public static KnownClient visibleTo(StaffAccess staff, UUID clientId) {
        staff.requireClient(clientId);
        KnownClient client = find("clientId = ?1 and agencyId = ?2", clientId, staff.agencyId()).firstResult();
        if (client == null) {
            throw ProblemException.notFound("Client", clientId);
        }
        return client;
    }

    /** The client's name, or a neutral word while its register entry has not arrived. */
    public static String nameOf(UUID clientId) {
        KnownClient client = findById(clientId);
        return client == null ? "-" : client.name;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
