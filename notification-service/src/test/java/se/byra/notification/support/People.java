package se.byra.notification.support;

import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.restassured.specification.RequestSpecification;
import se.byra.platform.testkit.TestTokens;

/**
 * People the directory knows, made through the events that tell of them, each with a token for their login;
 * every call returns once the service has them (and their welcome notification).
 */
@ApplicationScoped
public class People {

    @Inject
    Events events;

    @Inject
    Store store;

    /** A person with their login's token. */
    public record Person(UUID id, String email, String token) {

        /** A new request as this person. */
        public RequestSpecification api() {
            return Api.as(token);
        }
    }

    /** A staff member of the agency, invited and linked to their login. */
    public Person staff(UUID agencyId, String name, String language) {
        UUID id = UUID.randomUUID();
        String subject = "staff-" + id;
        String email = id + "@byran.se";
        events.staffInvited(agencyId, id, name, email, language, subject);
        await().atMost(Mailbox.WAIT).until(() -> store.staffLinked(id, subject) && !store.notifications(id).isEmpty());
        return new Person(id, email, TestTokens.staff(agencyId).subject(subject).token());
    }

    /** A staff member as {@link #staff}, once their welcome e-mail is sent. */
    public Person staffWelcomed(UUID agencyId, String name, String language) {
        Person person = staff(agencyId, name, language);
        allSent(person);
        return person;
    }

    /** A user of the client company (known by its name), a member invited by the agency and linked to their login. */
    public Person clientUser(UUID agencyId, UUID clientId, String company, String name, String language) {
        return clientUser(agencyId, clientId, company, name, language, "USER");
    }

    /** A member of the client company in this role ({@code ADMINISTRATOR} or {@code USER}), linked to their login. */
    public Person clientUser(UUID agencyId, UUID clientId, String company, String name, String language,
            String role) {
        UUID id = UUID.randomUUID();
        String subject = "client-user-" + id;
        String email = id + "@kund.se";
        events.accountCreated(agencyId, clientId, company);
        events.membershipGranted(agencyId, clientId, id, role, name, email, language);
        events.clientUserLinked(id, name, email, language, subject);
        await().atMost(Mailbox.WAIT)
                .until(() -> store.clientUserLinked(id, subject) && !store.notifications(id).isEmpty());
        return new Person(id, email, TestTokens.clientUser().subject(subject).token());
    }

    /** An engagement of the client signed, with {@code owner} and {@code participants}; returns once each is notified. */
    public void engagementSigned(UUID agencyId, UUID clientId, String clientName, String title, Person owner,
            Person... participants) {
        List<Person> team = new ArrayList<>(List.of(owner));
        team.addAll(Arrays.asList(participants));
        List<Integer> before = team.stream().map(p -> store.notifications(p.id()).size()).toList();
        events.signed(agencyId, clientId, clientName, title, owner.id(),
                Arrays.stream(participants).map(Person::id).toList());
        await().atMost(Mailbox.WAIT).until(() -> {
            for (int i = 0; i < team.size(); i++) {
                if (store.notifications(team.get(i).id()).size() <= before.get(i)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Waits until each of the person's e-mails so far is sent. */
    public void allSent(Person person) {
        await().atMost(Mailbox.WAIT).until(() -> {
            List<Store.Delivery> deliveries = store.deliveries(person.id());
            return !deliveries.isEmpty() && deliveries.stream().allMatch(d -> d.status().equals("SENT"));
        });
    }
}
