package se.byra.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;
import se.byra.engagement.support.StaffRecords;
import se.byra.platform.events.engagement.ClientResponsibilityChanged;
import se.byra.platform.events.engagement.ClientUpdated;
import se.byra.platform.events.engagement.StaffMemberUpdated;

/**
 * What existed before the client events (listed by V8) reaches the other services once: a snapshot of each client
 * with its responsibility set, and each linked staff member with their login, published through the outbox.
 */
@QuarkusTest
class EventBackfillTest {

    @Inject
    EventBackfill backfill;

    @Inject
    StaffRecords records;

    @Inject
    EntityManager em;

    private final Agency agency = new Agency();

    @Test
    void eachListedClientAndStaffMemberIsPublishedOnceAndTheListEmpties() throws Exception {
        UUID manager = agency.inviteStaff("Maja Kundansvarig", "maja@byran.se");
        records.linkSubject(manager, "subject-" + manager);
        UUID client = agency.registerClient("Bageriet i Vårby AB", manager);
        long updatesBefore = records.outboxEvents(manager, StaffMemberUpdated.TYPE.type());
        list("CLIENT", client);
        list("STAFF", manager);

        assertThat(backfill.publishAll()).isEqualTo(2);
        assertThat(backfill.publishAll()).as("a second run finds nothing listed").isZero();

        assertThat(records.outboxPayloads(client, ClientUpdated.TYPE)).singleElement()
                .satisfies(updated -> assertThat(updated.clientManagerId()).isEqualTo(manager));
        assertThat(records.outboxPayloads(client, ClientResponsibilityChanged.TYPE)).hasSize(2)
                .last().satisfies(set -> assertThat(set.staffIds()).containsExactly(manager));
        assertThat(records.outboxEvents(manager, StaffMemberUpdated.TYPE.type())).isEqualTo(updatesBefore + 1);
        assertThat(records.outboxPayloads(manager, StaffMemberUpdated.TYPE)).last()
                .satisfies(member -> assertThat(member.subject()).isEqualTo("subject-" + manager));
    }

    private void list(String aggregate, UUID id) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("insert into event_backfill (aggregate, id) values (?1, ?2)")
                .setParameter(1, aggregate).setParameter(2, id).executeUpdate());
    }
}
