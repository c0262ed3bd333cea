package se.byra.collaboration.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Company;
import se.byra.collaboration.support.Records.Published;
import se.byra.platform.events.Topics;
import se.byra.platform.events.collaboration.ClientAccountCreated;
import se.byra.platform.events.collaboration.ClientUserUpdated;
import se.byra.platform.events.collaboration.MembershipGranted;
import se.byra.platform.events.collaboration.MembershipRevoked;
import se.byra.platform.testkit.KafkaRecords;

/**
 * What the other services hear of client accounts on collaboration.events, written through the outbox in
 * the transaction of each change: the account, its people and their memberships, each under its key.
 */
@QuarkusTest
class AccountEventsTest {

    private final Agency agency = new Agency();

    @Test
    void openingAnAccountPublishesTheAccountTheNewPersonAndTheirMembershipAsAdministrator() {
        String email = Agency.uniqueEmail("sara");
        UUID clientId = agency.registerClient("Sara Bagare", email);

        UUID sara = agency.openAccount(clientId).administratorId;

        Published<ClientAccountCreated> created = only(Agency.records().outbox(ClientAccountCreated.TYPE, clientId));
        assertThat(created.agencyId()).isEqualTo(agency.id);
        assertThat(created.payload().clientId()).isEqualTo(clientId);
        assertThat(created.payload().clientName()).isEqualTo("Bageriet i Vårby AB");
        assertThat(created.payload().organisationNumber()).isEqualTo("556703-7485");
        Published<ClientUserUpdated> person = only(Agency.records().outbox(ClientUserUpdated.TYPE, sara));
        assertThat(person.agencyId()).as("a person belongs to no agency").isNull();
        assertThat(person.payload()).extracting(ClientUserUpdated::clientUserId, ClientUserUpdated::name,
                ClientUserUpdated::email, ClientUserUpdated::language, ClientUserUpdated::subject)
                .containsExactly(sara, "Sara Bagare", email, "sv", null);
        Published<MembershipGranted> granted = only(Agency.records().outbox(MembershipGranted.TYPE, clientId));
        assertThat(granted.agencyId()).isEqualTo(agency.id);
        assertThat(granted.payload()).extracting(MembershipGranted::clientId, MembershipGranted::clientUserId,
                MembershipGranted::role, MembershipGranted::name, MembershipGranted::email, MembershipGranted::language)
                .containsExactly(clientId, sara, "ADMINISTRATOR", "Sara Bagare", email, "sv");
    }

    @Test
    void invitingAndRemovingPublishMembershipGrantedAndRevokedUnderTheClientsKey() {
        Company company = agency.company();
        String email = Agency.uniqueEmail("olle");
        UUID olle = company.invite("Olle Lager", email, "USER");

        company.asAdministrator().delete(company.user(olle)).then().statusCode(200);

        List<Published<MembershipGranted>> granted = Agency.records().outbox(MembershipGranted.TYPE, company.clientId);
        assertThat(granted).extracting(g -> g.payload().clientUserId(), g -> g.payload().role())
                .containsExactly(tuple(company.administratorId, "ADMINISTRATOR"),
                        tuple(olle, "USER"));
        Published<MembershipRevoked> revoked = only(Agency.records().outbox(MembershipRevoked.TYPE, company.clientId));
        assertThat(revoked.agencyId()).isEqualTo(agency.id);
        assertThat(revoked.payload().clientUserId()).isEqualTo(olle);
        assertThat(only(Agency.records().outbox(ClientUserUpdated.TYPE, olle)).payload().email()).isEqualTo(email);
    }

    @Test
    void aPersonWhoAlreadyUsesThePortalIsNotPublishedAgainWhenInvitedElsewhere() {
        String email = Agency.uniqueEmail("olle");
        UUID olle = agency.company().invite("Olle Lager", email, "USER");

        agency.company().invite("Olle Lager", email, "USER");

        assertThat(Agency.records().outbox(ClientUserUpdated.TYPE, olle)).hasSize(1);
    }

    @Test
    void linkingTheLoginPublishesThePersonWithTheSubjectAndLetsTheirTokensIn() {
        Company company = agency.company();

        String token = Company.signIn(company.administratorId);

        String subject = Agency.records().subject(company.administratorId);
        List<Published<ClientUserUpdated>> updates = Agency.records().outbox(ClientUserUpdated.TYPE,
                company.administratorId);
        assertThat(updates).extracting(u -> u.payload().subject()).containsExactly(null, subject);
        Agency.as(token).get(company.users()).then().statusCode(200);
        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitRecord(Topics.COLLABORATION_EVENTS,
                company.administratorId.toString(), Agency.WITHIN,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(subject));
        assertThat(KafkaRecords.header(record, "ce_type")).isEqualTo(ClientUserUpdated.TYPE.type());
        assertThat(KafkaRecords.header(record, "ce_agencyid")).isNull();
    }

    @Test
    void theSameOutcomeHandedBackTwiceLinksThePersonOnce() {
        Company company = agency.company();
        String subject = UUID.randomUUID().toString();

        Agency.records().outcome(company.administratorId, "DONE", subject, null);
        Agency.records().outcome(company.administratorId, "DONE", subject, null);

        assertThat(Agency.records().outbox(ClientUserUpdated.TYPE, company.administratorId)).hasSize(2);
    }

    private static <T> Published<T> only(List<Published<T>> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
