package se.byra.collaboration.client;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.byra.platform.events.engagement.ClientRegistered;
import se.byra.platform.events.engagement.ClientUpdated;
import se.byra.platform.messaging.inbox.PoisonEventException;

/**
 * Keeps the read model of the agencies' client registers. Both events carry the whole client, so the
 * latest of a client wins: events of a client share its key and arrive in order, and one older than the
 * row (a dead letter replayed late) changes nothing. A value longer than the contract allows, or a client
 * moving to another agency, is poison: it can never be stored, and must not hold the partition.
 */
@ApplicationScoped
public class KnownClients {

    /** A client's data as both events carry it. */
    record Facts(UUID clientId, String name, String organisationNumber, String street, String postalCode,
            String city, String country, String mainContactName, String mainContactEmail, String mainContactPhone,
            UUID clientManagerId, Instant at) {

        static Facts of(ClientRegistered e) {
            return new Facts(e.clientId(), e.name(), e.organisationNumber(), e.street(), e.postalCode(), e.city(),
                    e.country(), e.mainContactName(), e.mainContactEmail(), e.mainContactPhone(), e.clientManagerId(),
                    e.registeredAt());
        }

        static Facts of(ClientUpdated e) {
            return new Facts(e.clientId(), e.name(), e.organisationNumber(), e.street(), e.postalCode(), e.city(),
                    e.country(), e.mainContactName(), e.mainContactEmail(), e.mainContactPhone(), e.clientManagerId(),
                    e.updatedAt());
        }
    }

    @Transactional(TxType.MANDATORY)
    public void registered(UUID agencyId, ClientRegistered event) {
        apply(agencyId, Facts.of(event));
    }

    @Transactional(TxType.MANDATORY)
    public void updated(UUID agencyId, ClientUpdated event) {
        apply(agencyId, Facts.of(event));
    }

    private static void apply(UUID agencyId, Facts facts) {
        if (agencyId == null) {
            throw new PoisonEventException("client " + facts.clientId() + ": the event carries no agencyid");
        }
        KnownClient known = KnownClient.findById(facts.clientId());
        if (known == null) {
            known = new KnownClient();
            known.clientId = facts.clientId();
            known.agencyId = agencyId;
        } else if (!known.agencyId.equals(agencyId)) {
            throw new PoisonEventException("client " + facts.clientId() + " belongs to another agency");
        } else if (known.updatedAt.isAfter(facts.at())) {
            return;
        }
        // the columns' lengths are the contract's (V4__client_accounts.sql)
        known.name = bounded(facts.name(), 200, "name");
        known.organisationNumber = bounded(facts.organisationNumber(), 11, "organisationNumber");
        known.street = bounded(facts.street(), 200, "street");
        known.postalCode = bounded(facts.postalCode(), 6, "postalCode");
        known.city = bounded(facts.city(), 100, "city");
        known.country = bounded(facts.country(), 2, "country");
        known.mainContactName = bounded(facts.mainContactName(), 200, "mainContactName");
        known.mainContactEmail = bounded(facts.mainContactEmail(), 254, "mainContactEmail");
        known.mainContactPhone = bounded(facts.mainContactPhone(), 40, "mainContactPhone");
        known.clientManagerId = facts.clientManagerId();
        known.updatedAt = facts.at();
        known.persist();
    }

    private static String bounded(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new PoisonEventException(field + " is longer than the contract's " + max + " characters");
        }
        return value;
    }
}
