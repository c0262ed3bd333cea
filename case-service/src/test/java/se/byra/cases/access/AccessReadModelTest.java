package se.byra.cases.access;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.MembershipGranted;
import se.byra.platform.events.collaboration.MembershipRevoked;
import se.byra.platform.events.engagement.ClientResponsibilityChanged;
import se.byra.platform.events.engagement.StaffMemberDeactivated;
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.messaging.outbox.Outbox;

/**
 * case-service keeps platform/access's read model from both producers' topics through the real broker, so its
 * cases (issue 11) are scoped from its own database the moment it has any.
 */
@QuarkusTest
class AccessReadModelTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    private final UUID agencyId = UUID.randomUUID();

    @Test
    void staffScopesAndResponsibilityArriveFromEngagementEvents() {
        UUID staffId = UUID.randomUUID();
        UUID clientId = UUID.randomUUID();
        publish(StaffMemberInvited.TYPE, staffId, new StaffMemberInvited(staffId, "Karin Revisor", "karin@byran.se",
                "sv", "OWN_CLIENTS", false, Instant.now()));
        publish(ClientResponsibilityChanged.TYPE, clientId,
                new ClientResponsibilityChanged(clientId, List.of(staffId), Instant.now()));
        await().atMost(WITHIN).until(() -> count("select count(*) from access_responsibility r join access_client c "
                + "using (client_id) where r.staff_id = ?1 and c.agency_id = ?2", staffId, agencyId) == 1);

        publish(StaffMemberDeactivated.TYPE, staffId, new StaffMemberDeactivated(staffId, Instant.now()));

        await().atMost(WITHIN).until(() -> count("select count(*) from access_staff where staff_id = ?1 "
                + "and not active and not full_access", staffId, null) == 1);
    }

    @Test
    void membershipsArriveAndLeaveWithCollaborationEvents() {
        UUID clientId = UUID.randomUUID();
        UUID clientUserId = UUID.randomUUID();
        publish(MembershipGranted.TYPE, clientId, new MembershipGranted(clientId, clientUserId, "USER", "Sara Bagare",
                "sara@bageriet.se", "sv", Instant.now()));
        await().atMost(WITHIN).until(() -> count("select count(*) from access_membership where client_user_id = ?1 "
                + "and agency_id = ?2", clientUserId, agencyId) == 1);

        publish(MembershipRevoked.TYPE, clientId, new MembershipRevoked(clientId, clientUserId, Instant.now()));

        await().atMost(WITHIN).until(() -> count("select count(*) from access_membership where client_user_id = ?1",
                clientUserId, null) == 0);
    }

    private <T> void publish(EventType<T> type, UUID key, T payload) {
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(type, agencyId, key, payload));
    }

    private long count(String sql, UUID first, UUID second) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql).setParameter(1, first);
            if (second != null) {
                query.setParameter(2, second);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
