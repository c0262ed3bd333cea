package se.byra.engagement.client;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import se.byra.engagement.client.ClientApi.ClientSummary;
import se.byra.engagement.client.ClientApi.ClientView;
import se.byra.engagement.client.ClientApi.ContactFields;
import se.byra.engagement.client.ClientApi.ContactUpdate;
import se.byra.engagement.client.ClientApi.ContactView;
import se.byra.engagement.client.ClientApi.RegisterClient;
import se.byra.engagement.client.ClientApi.UpdateClient;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.ProblemException;
import se.byra.platform.web.validation.OrganisationNumber;

/** The agency's client register. */
@ApplicationScoped
public class ClientService {

    @Transactional
    public ClientView register(UUID agencyId, RegisterClient request) {
        String organisationNumber = OrganisationNumber.normalise(request.organisationNumber()).orElseThrow();
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
        return view(client);
    }

    /**
     * Replaces the client's data and contacts, if the caller read its current version. The row is
     * locked first, so of two updates from the same version the second sees the first's version and
     * is told so (409), rather than failing halfway through its writes.
     */
    @Transactional
    public ClientView update(UUID agencyId, UUID id, UpdateClient request) {
        Client client = Client.<Client>find("id = ?1 and agencyId = ?2", id, agencyId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
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
        String organisationNumber = OrganisationNumber.normalise(request.organisationNumber()).orElseThrow();
        requireUnregistered(agencyId, organisationNumber, client.id);
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
        Client.flush(); // the answer carries the new version
        return view(client);
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
    public ClientView get(UUID agencyId, UUID id) {
        Client client = Client.findInAgency(agencyId, id);
        if (client == null) {
            throw ProblemException.notFound("Client", id);
        }
        return view(client);
    }

    /** The agency's clients by name; with a text, those whose name holds it or whose number begins with it. */
    @Transactional
    public Page<ClientSummary> list(UUID agencyId, String q, PageRequest paging) {
        String text = q == null ? "" : q.strip();
        if (!text.isEmpty()) {
            ClientSearch.Result found = ClientSearch.search(Client.getSession(), agencyId, text, paging);
            return Page.of(found.items(), paging, found.total());
        }
        // the summaries straight from the rows: nothing loaded into the session to check at commit
        var query = Client.find("agencyId", Sort.by("name").and("id"), agencyId)
                .page(io.quarkus.panache.common.Page.of(paging.page, paging.size));
        List<ClientSummary> items = query.project(ClientSummary.class).list();
        long total = query.count();
        return Page.of(items, paging, total);
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

    static ClientView view(Client client) {
        return new ClientView(client.id, client.name, client.organisationNumber, Address.data(client.address),
                client.clientManagerId, client.active,
                client.contacts.stream().sorted(Comparator.comparing((Contact c) -> !c.main))
                        .map(c -> new ContactView(c.id, c.name, c.email, c.phone, c.main)).toList(),
                client.createdAt, client.version);
    }
}
