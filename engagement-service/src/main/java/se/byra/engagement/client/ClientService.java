package se.byra.engagement.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import se.byra.engagement.client.ClientApi.AddressData;
import se.byra.engagement.client.ClientApi.ClientSummary;
import se.byra.engagement.client.ClientApi.ClientView;
import se.byra.engagement.client.ClientApi.ContactData;
import se.byra.engagement.client.ClientApi.ContactView;
import se.byra.engagement.client.ClientApi.RegisterClient;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.ProblemException;
import se.byra.platform.web.validation.OrganisationNumber;

/** The agency's client register. */
@ApplicationScoped
public class ClientService {

    @Transactional
    public ClientView register(UUID agencyId, RegisterClient request) {
        long mainContacts = request.contacts().stream().filter(ContactData::main).count();
        if (mainContacts != 1) {
            throw ProblemException.invalidField("contacts", "exactly one contact must be the main contact");
        }
        String organisationNumber = OrganisationNumber.normalise(request.organisationNumber()).orElseThrow();
        if (Client.count("agencyId = ?1 and organisationNumber = ?2", agencyId, organisationNumber) > 0) {
            throw ProblemException.conflict("A client with organisation number " + organisationNumber
                    + " is already registered");
        }
        Client client = new Client();
        client.id = UUID.randomUUID();
        client.agencyId = agencyId;
        client.name = request.name().strip();
        client.organisationNumber = organisationNumber;
        client.address = toAddress(request.address());
        client.clientManagerId = request.clientManagerId();
        client.createdAt = Instant.now();
        for (ContactData data : request.contacts()) {
            Contact contact = new Contact();
            contact.id = UUID.randomUUID();
            contact.client = client;
            contact.name = data.name().strip();
            contact.email = data.email();
            contact.phone = data.phone();
            contact.main = data.main();
            client.contacts.add(contact);
        }
        client.persist();
        return view(client);
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
    public se.byra.platform.web.paging.Page<ClientSummary> list(UUID agencyId, String q, PageRequest paging) {
        String text = q == null ? "" : q.strip();
        List<Client> clients;
        long total;
        if (text.isEmpty()) {
            var query = Client.find("agencyId", Sort.by("name").and("id"), agencyId)
                    .page(Page.of(paging.page, paging.size));
            clients = query.list();
            total = query.count();
        } else {
            clients = ClientSearch.page(Client.getEntityManager(), agencyId, text, paging);
            total = ClientSearch.count(Client.getEntityManager(), agencyId, text);
        }
        List<ClientSummary> items = clients.stream()
                .map(c -> new ClientSummary(c.id, c.name, c.organisationNumber, c.clientManagerId, c.active, c.version))
                .toList();
        return se.byra.platform.web.paging.Page.of(items, paging, total);
    }

    private static Address toAddress(AddressData data) {
        Address address = new Address();
        if (data != null) {
            address.street = data.street();
            address.postalCode = data.postalCode() == null ? null : data.postalCode().replace(" ", "");
            address.city = data.city();
            address.country = data.country() == null ? "SE" : data.country();
        }
        return address;
    }

    static ClientView view(Client client) {
        Address a = client.address;
        return new ClientView(client.id, client.name, client.organisationNumber,
                a == null ? null : new AddressData(a.street, a.postalCode, a.city, a.country),
                client.clientManagerId, client.active,
                client.contacts.stream().map(c -> new ContactView(c.id, c.name, c.email, c.phone, c.main)).toList(),
                client.createdAt, client.version);
    }
}
