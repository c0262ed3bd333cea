package se.byra.collaboration.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Collab;
import se.byra.collaboration.support.Company;
import se.byra.platform.events.collaboration.CollaborationEnded;
import se.byra.platform.events.collaboration.CollaborationInvitationExpired;
import se.byra.platform.events.collaboration.CollaborationInvited;

/**
 * What happens when its time comes, whichever replica's sweep gets there: an unanswered invitation expires, an ending
 * set for a day takes effect once that day is over. Two sweeps at once (two replicas) make each happen exactly once.
 */
@QuarkusTest
class DeadlinesTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final Agency agency = new Agency();

    @Test
    void anUnansweredInvitationExpiresOnceWithTwoReplicasSweeping() throws Exception {
        Company company = agency.company();
        UUID id = Collab.activate(agency, company.clientId, agency.signEngagement(company.clientId, null));
        Collab.sweep(Instant.now().plus(Duration.ofDays(13)));
        Collab.get(agency, id).body("status", equalTo("INVITED"));

        bothReplicasSweep(Instant.now().plus(Duration.ofDays(15)));

        Collab.get(agency, id).body("status", equalTo("EXPIRED"));
        assertThat(expiries(company.clientId, id)).hasSize(1);
        agency.asStaff().get("/clients/" + company.clientId + "/services").then().body(
                "tiles.find { it.service == 'digital-invoices' }.clientUsesService", equalTo(false));
        company.asAdministrator().get(Collab.portal(company, id)).then().body("status", equalTo("EXPIRED"))
                .body("awaitingAnswer", equalTo(false));
        Collab.accept(company, id).statusCode(409).body("type",
                equalTo("tag:byra.se,2026:problem:invitation-expired"));
    }

    @Test
    void anInvitationPastItsTimeCannotBeAnsweredBeforeTheSweepComes() {
        Company company = agency.company();
        UUID id = Collab.activate(agency, company.clientId, agency.signEngagement(company.clientId, null));
        Agency.records().expireNow(id);

        Collab.accept(company, id).statusCode(409).body("type", equalTo("tag:byra.se,2026:problem:invitation-expired"));
        company.asAdministrator().get("/me/collaboration-tasks").then().body("totalItems", equalTo(0));
    }

    @Test
    void anExpiredInvitationSentAgainWaitsForAnAnswerOnceMore() {
        Company company = agency.company();
        UUID id = Collab.activate(agency, company.clientId, agency.signEngagement(company.clientId, null));
        Collab.sweep(Instant.now().plus(Duration.ofDays(15)));

        agency.asStaff().post("/collaborations/" + id + "/invitation").then().statusCode(200)
                .body("status", equalTo("INVITED")).body("timesSent", equalTo(2));

        List<CollaborationInvited> sent = Agency.records().outbox(CollaborationInvited.TYPE, company.clientId).stream()
                .map(p -> p.payload()).filter(p -> p.collaborationId().equals(id)).toList();
        assertThat(sent).extracting(CollaborationInvited::resent).containsExactly(false, true);
        Collab.accept(company, id).statusCode(200);
        agency.asStaff().post("/collaborations/" + id + "/invitation").then().statusCode(409);
        agency.asStaff().get("/collaborations/" + id + "/history").then().body("items.what",
                org.hamcrest.Matchers.contains("INVITED", "EXPIRED", "INVITATION_RESENT", "ACCEPTED"));
    }

    @Test
    void anEndingAtADateTakesEffectOnceWhenTheDayIsOverWithTwoReplicasSweeping() throws Exception {
        Company company = agency.company();
        UUID id = Collab.activate(agency, company.clientId, agency.signEngagement(company.clientId, null));
        Collab.accept(company, id).statusCode(200);
        LocalDate lastDay = LocalDate.now(STOCKHOLM).plusDays(10);

        agency.asStaff().body(Map.of("endsOn", lastDay.toString())).post("/collaborations/" + id + "/ending").then()
                .statusCode(200).body("status", equalTo("ACTIVE")).body("endsOn", equalTo(lastDay.toString()))
                .body("endSide", equalTo("AGENCY"));
        Collab.sweep(lastDay.atTime(23, 0).atZone(STOCKHOLM).toInstant());
        Collab.get(agency, id).body("status", equalTo("ACTIVE"));

        bothReplicasSweep(lastDay.plusDays(1).atTime(0, 5).atZone(STOCKHOLM).toInstant());

        Collab.get(agency, id).body("status", equalTo("ENDED")).body("endsOn", equalTo(lastDay.toString()));
        List<CollaborationEnded> ended = Agency.records().outbox(CollaborationEnded.TYPE, company.clientId).stream()
                .map(p -> p.payload()).filter(p -> p.collaborationId().equals(id)).toList();
        assertThat(ended).hasSize(1);
        assertThat(ended.get(0).endedOn()).isEqualTo(lastDay);
        assertThat(ended.get(0).side()).isEqualTo("AGENCY");
        company.asAdministrator().get("/me/collaboration-tasks").then().body("items[0].kind",
                equalTo("DECIDE_SERVICE"));
    }

    @Test
    void theClientEndingAtADateWithoutKeepingTheServiceEndsTheServiceToo() {
        Company company = agency.company();
        UUID id = Collab.activate(agency, company.clientId, agency.signEngagement(company.clientId, null));
        Collab.accept(company, id).statusCode(200);
        LocalDate lastDay = LocalDate.now(STOCKHOLM).plusDays(3);

        company.asAdministrator().body(Map.of("endsOn", lastDay.toString(), "keepService", false))
                .post(Collab.portal(company, id) + "/ending").then().statusCode(200).body("endSide", equalTo("CLIENT"))
                .body("serviceDecision", equalTo("END"));
        agency.asStaff().delete("/collaborations/" + id + "/ending").then().statusCode(409);
        Collab.sweep(lastDay.plusDays(2).atStartOfDay(STOCKHOLM).toInstant());

        Collab.get(agency, id).body("status", equalTo("ENDED")).body("endSide", equalTo("CLIENT"));
        agency.asStaff().get("/clients/" + company.clientId + "/services").then()
                .body("tiles.find { it.service == 'digital-invoices' }.clientUsesService", equalTo(false))
                .body("tiles.find { it.service == 'digital-invoices' }.status", equalTo("ENDED"));
        company.asAdministrator().get("/me/collaboration-tasks").then().body("totalItems", equalTo(0));
    }

    @Test
    void aWithdrawnEndingNeverTakesEffect() {
        Company company = agency.company();
        UUID id = Collab.activate(agency, company.clientId, agency.signEngagement(company.clientId, null));
        Collab.accept(company, id).statusCode(200);
        LocalDate lastDay = LocalDate.now(STOCKHOLM).plusDays(5);
        agency.asStaff().body(Map.of("endsOn", lastDay.toString())).post("/collaborations/" + id + "/ending").then()
                .statusCode(200);

        agency.asStaff().delete("/collaborations/" + id + "/ending").then().statusCode(200).body("endsOn", nullValue());
        Collab.sweep(lastDay.plusDays(2).atStartOfDay(STOCKHOLM).toInstant());

        Collab.get(agency, id).body("status", equalTo("ACTIVE"));
        assertThat(Agency.records().outbox(CollaborationEnded.TYPE, company.clientId)).isEmpty();
    }

    /** Two replicas' sweeps at the same moment, each in its own transaction. */
    private static void bothReplicasSweep(Instant at) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> sweeps = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return Collab.sweep(at);
        })).toList();
        sweeps.forEach(CompletableFuture::join);
    }

    private static List<CollaborationInvitationExpired> expiries(UUID clientId, UUID id) {
        return Agency.records().outbox(CollaborationInvitationExpired.TYPE, clientId).stream().map(p -> p.payload())
                .filter(p -> p.collaborationId().equals(id)).toList();
    }
}
