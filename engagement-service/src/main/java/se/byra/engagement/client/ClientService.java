package se.byra.engagement.client;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.byra.engagement.client.ClientApi.ClientSummary;
import se.byra.engagement.client.ClientApi.ClientView;
import se.byra.engagement.client.ClientApi.ContactFields;
import se.byra.engagement.client.ClientApi.ContactUpdate;
import se.byra.engagement.client.ClientApi.ContactView;
import se.byra.engagement.client.ClientApi.RegisterClient;
import se.byra.engagement.client.ClientApi.UpdateClient;
import se.byra.engagement.staff.ActiveStaff;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.ClientRegistered;
import se.byra.platform.events.engagement.ClientUpdated;
import se.byra.platform.messaging.outbox.Outbox;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.ProblemException;
import se.byra.platform.web.validation.OrganisationNumber;

/**
 * The agency's client register. Registering and updating publish the whole client through the outbox
 * ({@link ClientRegistered}, {@link ClientUpdated}) in the same transaction, and who is responsible
 * for it through {@link ClientResponsibility}.
 */
@ApplicationScoped
public class ClientService {

    @Inject
    Outbox outbox;

    @Inject
    ClientResponsibility responsibility;

    @Transactional
    public ClientView register(StaffAccess staff, RegisterClient request) {
        UUID agencyId = staff.agencyId();
        String organisationNumber = OrganisationNumber.normalise(request.organisationNumber()).orElseThrow();
        requireActiveManager(agencyId, request.clientManagerId());
        requireUnregistered(agencyId, organisationNumber, null);
        Client client = new Client();
        client.id = UUID.randomUUID();
        client.agencyId = agencyId;
        client.name = request.name().strip();
        client.organisationNumber = organisationNumber;
        client.address = Address.of(request.address());
        client.clientManagerId = request.clientManagerId();
        client.createdAt = Instant.now();
        client.updatedAt = client.createdAt;
        for (ContactFields data : request.contacts()) {
            client.contacts.add(fill(newContact(client), data));
        }
        client.persist();
        publish(ClientRegistered.TYPE, client, client.createdAt, ClientRegistered::new);
        responsibility.registered(agencyId, client.id);
        return view(agencyId, client.id);
    }

    /**
     * Replaces the client's data and contacts, if the caller read its current version. The row is
     * locked first, so of two updates from the same version the second sees the first's version and
     * is told so (409), rather than failing halfway through its writes.
     */
    @Transactional
    public ClientView update(StaffAccess staff, UUID id, UpdateClient request) {
        UUID agencyId = staff.agencyId();
        staff.requireClient(id);
        Client client = Client.lockInAgency(agencyId, id);
        if (client == null) {
            throw ProblemException.notFound("Client", id);
        }
        if (client.version != request.version()) {
            throw ProblemException.conflict("Someone else changed client " + id + " after you read it (you sent "
                    + "version " + request.version() + ", it is now " + client.version + "): reload the client "
                    + "and make your change again.");
        }
        Map<UUID, Contact> current = client.contacts.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        requireOwnContacts(current.keySet(), request.contacts());
        // a manager the client keeps is not checked again: one deactivated since must not block other edits
        boolean managerChanges = !Objects.equals(request.clientManagerId(), client.clientManagerId);
        if (managerChanges) {
            requireActiveManager(agencyId, request.clientManagerId());
        }
        String organisationNumber = OrganisationNumber.normalise(request.organisationNumber()).orElseThrow();
        requireUnregistered(agencyId, organisationNumber, client.id);
        Set<UUID> responsibleBefore = managerChanges ? responsibility.of(client.id) : null;
        client.name = request.name().strip();
        client.organisationNumber = organisationNumber;
        client.address = Address.of(request.address());
        client.clientManagerId = request.clientManagerId();
        client.updatedAt = Instant.now();
        List<Contact> contacts = request.contacts().stream()
                .map(data -> fill(data.id() == null ? newContact(client) : current.get(data.id()), data)).toList();
        // the contacts left out are orphans and deleted; the one-main-contact rule is checked at commit (V3)
        client.contacts.clear();
        client.contacts.addAll(contacts);
        Client.flush(); // the answer and the event carry the new version's data
        publish(ClientUpdated.TYPE, client, client.updatedAt, ClientUpdated::new);
        if (managerChanges) {
            responsibility.changed(agencyId, client.id, responsibleBefore);
        }
        return view(agencyId, client.id);
    }

    /**
     * Publishes the client as it is now ({@link ClientUpdated}) and its responsibility set, for consumers that
     * started after it was registered (EventBackfill). Does nothing for a client that no longer exists.
     */
    @Transactional(TxType.MANDATORY)
    public void republish(UUID id) {
        Client client = Client.findById(id);
        if (client != null) {
            publish(ClientUpdated.TYPE, client, client.updatedAt, ClientUpdated::new);
            responsibility.republish(client.agencyId, client.id);
        }
    }

    private static void requireActiveManager(UUID agencyId, UUID managerId) {
        ActiveStaff.of(agencyId, Collections.singletonList(managerId)).require("clientManagerId", managerId);
    }

    /** Each id the request lists is one of this client's contacts, listed once. */
    private static void requireOwnContacts(Set<UUID> own, List<ContactUpdate> listed) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            UUID id = listed.get(i).id();
            if (id != null && !own.contains(id)) {
                throw ProblemException.invalidField("contacts[" + i + "].id", "is not a contact of this client");
            }
            if (id != null && !seen.add(id)) {
                throw ProblemException.invalidField("contacts[" + i + "].id", "lists the same contact again");
            }
        }
    }

    @Transactional
    public ClientView get(StaffAccess staff, UUID id) {
        staff.requireClient(id);
        return view(staff.agencyId(), id);
    }

    /** The agency's clients by name; with a text, those whose name holds it or whose number begins with it. */
    @Transactional
    public Page<ClientSummary> list(StaffAccess staff, String q, PageRequest paging) {
        String text = q == null ? "" : q.strip();
        if (!text.isEmpty()) {
            ClientSearch.Result found = ClientSearch.search(Client.getSession(), staff, text, paging);
            return Page.of(found.items(), paging, found.total());
        }
        // the summaries straight from the rows, each with its manager's name: nothing loaded into the session
        // and only the clients the caller may see: an own-clients member's by a subquery on their responsibility
        String where = "c.agencyId = :agency" + staff.and("c.id");
        var page = Client.getEntityManager().createQuery("""
                select c.id, c.name, c.organisationNumber, c.clientManagerId, m.name, c.active, c.version
                  from Client c left join StaffMember m on m.id = c.clientManagerId
                 where\s""" + where + " order by c.name, c.id", ClientSummary.class)
                .setParameter("agency", staff.agencyId());
        var count = Client.getEntityManager().createQuery("select count(c) from Client c where " + where, Long.class)
                .setParameter("agency", staff.agencyId());
        staff.parameters().forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<ClientSummary> items = page.setFirstResult(paging.page * paging.size).setMaxResults(paging.size)
                .getResultList();
        return Page.of(items, paging, count.getSingleResult());
    }

    /** One client per organisation number in an agency (the unique constraint decides a race). */
    private static void requireUnregistered(UUID agencyId, String organisationNumber, UUID except) {
        long others = except == null
                ? Client.count("agencyId = ?1 and organisationNumber = ?2", agencyId, organisationNumber)
                : Client.count("agencyId = ?1 and organisationNumber = ?2 and id <> ?3", agencyId, organisationNumber,
                        except);
        if (others > 0) {
            throw ProblemException.conflict("A client with organisation number " + organisationNumber
                    + " is already registered");
        }
    }

    /** The constructor of {@link ClientRegistered} or {@link ClientUpdated}: the whole client, and when. */
    @FunctionalInterface
    private interface ClientEvent<T> {
        T of(UUID clientId, String name, String organisationNumber, String street, String postalCode, String city,
                String country, String mainContactName, String mainContactEmail, String mainContactPhone,
                UUID clientManagerId, boolean active, Instant at);
    }

    private <T> void publish(EventType<T> type, Client client, Instant at, ClientEvent<T> event) {
        Contact main = client.contacts.stream().filter(c -> c.main).findFirst().orElseThrow();
        Address address = client.address;
        outbox.publish(type, client.agencyId, client.id, event.of(client.id, client.name, client.organisationNumber,
                address.street, address.postalCode, address.city, address.country, main.name, main.email,
                main.phone, client.clientManagerId, client.active, at));
    }

    private static Contact newContact(Client client) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.client = client;
        return contact;
    }

    private static Contact fill(Contact contact, ContactFields data) {
        contact.name = data.name().strip();
        contact.email = data.email();
        contact.phone = data.phone();
        contact.main = data.main();
        return contact;
    }

    /** The client as the API shows it, read with its manager's name in one query; 404 when it is not the agency's. */
    private static ClientView view(UUID agencyId, UUID id) {
        Object[] row = Client.getEntityManager().createQuery("""
                select c, m.name from Client c left join StaffMember m on m.id = c.clientManagerId
                 where c.id = :id and c.agencyId = :agency""", Object[].class)
                .setParameter("id", id).setParameter("agency", agencyId)
                .getResultStream().findFirst().orElseThrow(() -> ProblemException.notFound("Client", id));
        return view((Client) row[0], (String) row[1]);
    }

    private static ClientView view(Client client, String managerName) {
        return new ClientView(client.id, client.name, client.organisationNumber, Address.data(client.address),
                client.clientManagerId, managerName, client.active,
                client.contacts.stream().sorted(Comparator.comparing((Contact c) -> !c.main))
                        .map(c -> new ContactView(c.id, c.name, c.email, c.phone, c.main)).toList(),
                client.createdAt, client.version);
    }
}
