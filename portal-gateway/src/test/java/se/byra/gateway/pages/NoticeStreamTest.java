package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.HttpStub.Answer;
import se.byra.gateway.support.ServiceStub;

/** The live notifications: notification-service's event stream relayed at /notiser/strom. */
@QuarkusTest
class NoticeStreamTest extends PageTest {

    private static final String STREAM = "/notiser/strom";
    private static final String EVENTS = "event: unread\ndata: {\"unread\":3}\n\n"
            + "event: notification\ndata: {\"unread\":4,\"notification\":{\"id\":\"x\",\"title\":\"Signerat\"}}\n\n";

    private void aStreamOfTwoEvents() {
        notification.on("GET", "/me/notifications/stream", request -> new Answer(200, "text/event-stream", EVENTS,
                Map.of()));
    }

    @Test
    void theServicesEventsAreRelayedWithTheUsersTokenAndLanguage() {
        se.byra.gateway.support.SignInProvider.User user = signInStaff();
        aStreamOfTwoEvents();

        Page stream = browser.get(STREAM);

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
        assertThat(stream.header("Cache-Control")).contains("no-store");
        assertThat(stream.body()).contains(EVENTS);
        assertThat(notification.requests()).singleElement().satisfies(request -> {
            assertThat(request.header("Authorization")).isEqualTo("Bearer "
                    + provider().session(user.subject()).accessToken());
            assertThat(request.header("Accept")).isEqualTo("text/event-stream");
            assertThat(request.header("Accept-Language")).isEqualTo("sv");
        });
    }

    @Test
    void clientUsersHaveTheStreamToo() {
        signInClientUser();
        aStreamOfTwoEvents();

        assertThat(browser.get(STREAM).body()).contains("event: unread");
    }

    @Test
    void aServiceThatIsDownIsAPrompt503() {
        assertA503Within(ServiceStub.Mode.FAILING, Duration.ofSeconds(2));
    }

    @Test
    void aServiceThatDoesNotAnswerIsA503WithinTheReadTimeout() {
        assertA503Within(ServiceStub.Mode.SLOW, Duration.ofSeconds(5));
    }

    private void assertA503Within(ServiceStub.Mode mode, Duration limit) {
        signInStaff();
        notification.mode(mode);

        Instant asked = Instant.now();
        Page stream = browser.get(STREAM);

        assertThat(stream.status()).isEqualTo(503);
        assertThat(Duration.between(asked, Instant.now())).isLessThan(limit);
    }

    @Test
    void withoutASessionTheStreamIs401NotARedirectToSignIn() {
        Page stream = browser.get(STREAM, "Accept", "text/event-stream");

        assertThat(stream.status()).isEqualTo(401);
        assertThat(stream.location()).isEmpty();
        assertThat(notification.requests()).isEmpty();
    }
}
