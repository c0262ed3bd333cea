package se.byra.cases.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.byra.platform.access.StaffChanged;
import se.byra.platform.events.engagement.ClientRegistered;
import se.byra.platform.events.engagement.ClientUpdated;
import se.byra.platform.messaging.inbox.PoisonEventException;

/**
 * Keeps the read models of the agencies' client registers and staff. A client's events carry the whole client, so
 * the latest wins, and one older than the row (a dead letter replayed late) changes nothing. A value longer than
 * the contract allows, or a row moving to another agency, is poison: it can never be stored.
 */
@ApplicationScoped
public class Directory {

    @Transactional(TxType.MANDATORY)
    public void registered(UUID agencyId, ClientRegistered e) {
        client(agencyId, e.clientId(), e.name(), e.street(), e.postalCode(), e.city(), e.mainContactName(),
                e.mainContactEmail(), e.registeredAt());
    }

    @Transactional(TxType.MANDATORY)
    public void updated(UUID agencyId, ClientUpdated e) {
        client(agencyId, e.clientId(), e.name(), e.street(), e.postalCode(), e.city(), e.mainContactName(),
                e.mainContactEmail(), e.updatedAt());
    }

    /** platform/access took a staff member's record: keep their name and address too (same transaction). */
    void staff(@Observes StaffChanged changed) {
        KnownStaff staff = KnownStaff.findById(changed.staffId());
        if (staff == null) {
            if (changed.name() == null) {
                // deactivated before this service heard of them: nothing to name
                return;
            }
            staff = new KnownStaff();
            staff.staffId = changed.staffId();
            staff.agencyId = changed.agencyId();
        } else if (!staff.agencyId.equals(changed.agencyId())) {
            throw new PoisonEventException("staff member " + changed.staffId() + " belongs to another agency");
        }
        if (changed.name() != null) {
            staff.name = bounded(changed.name(), 200, "name");
            staff.email = bounded(changed.email(), 254, "email");
        }
        staff.active = changed.active();
        staff.persist();
    }

    private static void client(UUID agencyId, UUID clientId, String name, String street, String postalCode,
            String city, String contactName, String contactEmail, Instant at) {
        if (agencyId == null) {
            throw new PoisonEventException("client " + clientId + ": the event carries no agencyid");
        }
        KnownClient known = KnownClient.findById(clientId);
        if (known == null) {
            known = new KnownClient();
            known.clientId = clientId;
            known.agencyId = agencyId;
        } else if (!known.agencyId.equals(agencyId)) {
            throw new PoisonEventException("client " + clientId + " belongs to another agency");
        } else if (known.updatedAt.isAfter(at)) {
            return;
        }
        known.name = bounded(name, 200, "name");
        known.street = bounded(street, 200, "street");
        known.postalCode = bounded(postalCode, 20, "postalCode");
        known.city = bounded(city, 100, "city");
        known.mainContactName = bounded(contactName, 200, "mainContactName");
        known.mainContactEmail = bounded(contactEmail, 254, "mainContactEmail");
        known.updatedAt = at;
        known.persist();
    }

    private static String bounded(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new PoisonEventException(field + " is longer than the contract's " + max + " characters");
        }
        return value;
    }
}
