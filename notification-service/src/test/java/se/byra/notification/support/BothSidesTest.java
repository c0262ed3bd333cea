package se.byra.notification.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import se.byra.notification.support.People.Person;

/**
 * A mapping test's people on both sides, each known to the directory and welcomed before the test: an agency
 * with its name and two staff members, and a client company with two administrators and a user. A test
 * publishes its events after theirs, as the producing services do.
 */
public abstract class BothSidesTest {

    protected static final String BASE = "http://localhost:8080";
    protected static final String AGENCY = "Lind & Co Redovisning";
    protected static final String COMPANY = "Bergs Bygg & Måleri AB";

    @Inject
    protected Events events;

    @Inject
    protected People people;

    @Inject
    protected Store store;

    protected final UUID agency = UUID.randomUUID();
    protected final UUID client = UUID.randomUUID();
    /** The company's administrators: Maria reads Swedish, Olof English. */
    protected Person maria;
    protected Person olof;
    /** A user of the company, not an administrator. */
    protected Person lisa;
    /** Staff: Anna reads Swedish, Erik English. */
    protected Person anna;
    protected Person erik;

    @BeforeEach
    void anAgencyAndACompanyWithTwoAdministratorsAndAUser() {
        events.agencyNamed(agency, AGENCY);
        await().atMost(Mailbox.WAIT).until(() -> store.agencyKnown(agency));
        maria = people.clientUser(agency, client, COMPANY, "Maria Berg", "sv", "ADMINISTRATOR");
        olof = people.clientUser(agency, client, COMPANY, "Olof Berg", "en", "ADMINISTRATOR");
        lisa = people.clientUser(agency, client, COMPANY, "Lisa Sandberg", "sv", "USER");
        anna = people.staff(agency, "Anna Lindqvist", "sv");
        erik = people.staff(agency, "Erik Johansson", "en");
    }

    /** Only the welcome the person had before the test: the event told them nothing. */
    protected void toldNothing(Person... persons) {
        for (Person person : persons) {
            assertThat(store.notifications(person.id())).hasSize(1);
            assertThat(store.deliveries(person.id())).hasSize(1);
        }
    }
}
