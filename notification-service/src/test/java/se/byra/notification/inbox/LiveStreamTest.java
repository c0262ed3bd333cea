package se.byra.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.byra.notification.support.Events;
import se.byra.notification.support.Mailbox;
import se.byra.notification.support.Store;
import se.byra.platform.testkit.TestTokens;

/** An open page hears of a new notification, and of its unread count, as the event is handled. */
@QuarkusTest
class LiveStreamTest {

    @Inject
    Events events;

    @Inject
    Store store;

    @Inject
    LiveNotifications live;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private final UUID agency = UUID.randomUUID();

    /** The lines of an open stream, as they arrive. */
    private record OpenStream(List<String> lines, CompletableFuture<HttpResponse<Stream<String>>> response) {

        boolean has(String line) {
            return lines.contains(line);
        }

        boolean hasLineContaining(String... parts) {
            return lines.stream().anyMatch(l -> List.of(parts).stream().allMatch(l::contains));
        }
    }

    private OpenStream open(String token, String language) {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/me/notifications/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .header("Accept-Language", language).build();
        CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> r.body().forEach(lines::add));
        return new OpenStream(lines, response);
    }

    @Test
    void anOpenStreamReceivesTheNewNotificationAndTheCountWithoutAsking() {
        UUID owner = UUID.randomUUID();
        String subject = "live-" + owner;
        events.staffInvited(agency, owner, "Anna Lindqvist", owner + "@byran.se", "sv", subject);
        await().atMost(Mailbox.WAIT).until(() -> store.staffLinked(owner, subject) && live.listening());
        String token = TestTokens.staff(agency).subject(subject).token();

        OpenStream stream = open(token, "sv");
        await().atMost(Mailbox.WAIT).until(() -> stream.has("data:{\"unread\":1}"));
        assertThat(stream.lines()).contains("event:unread");

        UUID client = UUID.randomUUID();
        events.signed(agency, client, "Bergs Bygg AB", "Löpande bokföring", owner, List.of());

        await().atMost(Mailbox.WAIT).until(() -> stream.hasLineContaining("\"unread\":2",
                "Bergs Bygg AB: uppdragsbrevet är signerat", "/byra/kunder/" + client));
        assertThat(stream.lines()).contains("event:notification");

        given().auth().oauth2(token).when().post("/me/notifications/read").then().statusCode(204);
        await().atMost(Mailbox.WAIT).until(() -> stream.has("data:{\"unread\":0}"));
        stream.response().cancel(true);
    }

    @Test
    void aStreamHearsNothingOfAnotherPersonsNotifications() {
        UUID owner = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String subject = "live-" + other;
        events.staffInvited(agency, owner, "Anna Lindqvist", owner + "@byran.se", "sv", null);
        events.staffInvited(agency, other, "Erik Johansson", other + "@byran.se", "en", subject);
        await().atMost(Mailbox.WAIT).until(() -> store.staffLinked(other, subject) && live.listening());
        OpenStream stream = open(TestTokens.staff(agency).subject(subject).token(), "en");
        await().atMost(Mailbox.WAIT).until(() -> stream.has("data:{\"unread\":1}"));

        events.signed(agency, UUID.randomUUID(), "Bergs Bygg AB", "Bokslut", owner, List.of());
        await().atMost(Mailbox.WAIT).until(() -> store.notifications(owner).contains("engagement-signed"));
        // the owner's notification is committed and announced; a later one of the other person's arrives after it
        events.signed(agency, UUID.randomUUID(), "Sandbergs Design AB", "Lön", other, List.of());

        await().atMost(Mailbox.WAIT).until(() -> stream.hasLineContaining("Sandbergs Design AB: the engagement letter is signed"));
        assertThat(stream.lines()).noneMatch(l -> l.contains("Bokslut"));
        stream.response().cancel(true);
    }
}
