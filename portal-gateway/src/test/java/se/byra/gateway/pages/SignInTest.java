package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.SignInProvider.User;

@QuarkusTest
class SignInTest extends PageTest {

    @Test
    void anAnonymousVisitorIsSentToTheRealmWithPkce() {
        Page start = browser.get("/");

        assertThat(start.status()).isEqualTo(302);
        URI location = URI.create(start.location().orElseThrow());
        assertThat(location.toString()).startsWith(provider().authorizationEndpoint());
        Map<String, String> query = query(location);
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "portal-gateway")
                .containsEntry("code_challenge_method", "S256").containsKey("state")
                .containsEntry("redirect_uri", browser.base().resolve("/inloggning").toString());
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(start.header("Set-Cookie")).contains("HTTPOnly").contains("SameSite=Lax");
    }

    @Test
    void anHtmxRequestWithoutASessionIsAnsweredForTheScriptToLoadThePageAgain() {
        Page htmx = browser.get("/byra/kunder?q=acme", "HX-Request", "true");
        Page page = browser.get("/byra/kunder?q=acme");

        assertThat(htmx.status()).isEqualTo(499);
        assertThat(htmx.location()).isEmpty();
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location().orElseThrow()).startsWith(provider().authorizationEndpoint());
    }

    @Test
    void aPageAskedForWithoutASessionIsShownAfterSigningIn() {
        engagement.onJson("GET", "/clients", 200, Fixtures.page(List.of(), 0, 20, 0));

        Page page = browser.signIn(User.staff(agency), "/byra/kunder?q=acme");

        assertThat(page.uri().getPath()).isEqualTo("/byra/kunder");
        assertThat(page.uri().getQuery()).isEqualTo("q=acme");
        assertThat(page.status()).isEqualTo(200);
    }

    @Test
    void staffLandOnTheClientRegisterAndClientUsersOnThePortal() {
        engagement.onJson("GET", "/clients", 200, Fixtures.page(List.of(), 0, 20, 0));

        assertThat(browser.signIn(User.admin(agency)).uri().getPath()).isEqualTo("/byra/kunder");
        browser = new se.byra.gateway.support.Browser();
        assertThat(browser.signIn(User.clientUser()).uri().getPath()).isEqualTo("/portal");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        Page start = browser.get("/portal");
        String key = provider().prepare(User.clientUser());
        Page provider = browser.get(start.location().orElseThrow(), "X-Test-User", key);
        Page callback = browser.get(provider.location().orElseThrow());

        String session = callback.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("q_session"))
                .findFirst().orElseThrow();
        assertThat(session).contains("HTTPOnly").contains("SameSite=Lax").contains("Path=/");
        assertThat(callback.location()).contains(browser.base().resolve("/portal").toString());
        assertThat(callback.headers().allValues("Set-Cookie")).as("the sign-in state is cleared")
                .anySatisfy(c -> assertThat(c).startsWith("q_auth").contains("Max-Age=0"));
    }

    @Test
    void theUsersAccessTokenGoesWithEveryCallToTheServices() {
        User user = signInStaff();
        engagement.onJson("GET", "/clients", 200, Fixtures.page(List.of(), 0, 20, 0));

        browser.get("/byra/kunder");

        assertThat(engagement.requests()).singleElement().satisfies(request -> assertThat(
                request.header("Authorization")).isEqualTo("Bearer " + provider().session(user.subject())
                        .accessToken()));
    }

    @Test
    void tokensAboutToExpireAreRefreshedAndTheNewAccessTokenIsPassedOn() {
        User user = User.staff(agency).tokensLasting(Duration.ofSeconds(40));
        browser.signIn(user, "/byra/kunder/ny");
        engagement.clearRequests();
        int before = provider().refreshes();
        engagement.onJson("GET", "/clients", 200, Fixtures.page(List.of(), 0, 20, 0));

        Page page = browser.get("/byra/kunder");

        assertThat(page.status()).isEqualTo(200);
        assertThat(provider().refreshes()).isGreaterThan(before);
        List<String> issued = provider().session(user.subject()).accessTokens();
        assertThat(issued).hasSizeGreaterThan(1);
        assertThat(engagement.requests().get(0).header("Authorization")).isEqualTo("Bearer " + issued.get(issued.size()
                - 1));
    }

    @Test
    void signingOutEndsTheRealmSessionAndTheCookie() {
        User user = signInStaff();
        Page form = browser.get("/byra/kunder/ny");

        Page out = browser.post("/logga-ut", Form.of("_csrf", form.csrf()));

        assertThat(out.status()).isEqualTo(303);
        URI endSession = URI.create(out.location().orElseThrow());
        Map<String, String> query = query(endSession);
        assertThat(query).containsEntry("client_id", "portal-gateway")
                .containsEntry("post_logout_redirect_uri", browser.base().resolve("/utloggad").toString())
                .containsKey("id_token_hint");
        assertThat(browser.cookie("q_session")).isEmpty();

        Page signedOut = browser.open(browser.get(out.location().get()).location().orElseThrow());
        assertThat(provider().signOuts()).anySatisfy(q -> assertThat(q.get("id_token_hint")).isNotNull());
        assertThat(signedOut.status()).isEqualTo(200);
        assertThat(signedOut.html().selectFirst("h1").text()).isEqualTo("Du är utloggad");
        assertThat(browser.get("/byra/kunder").status()).isEqualTo(302);
        assertThat(user.subject()).isNotBlank();
    }

    @Test
    void signingOutAfterTheSessionEndedStillSignsOutAtTheRealm() {
        Page out = browser.post("/logga-ut", Form.of("_csrf", ""));

        assertThat(out.status()).isEqualTo(303);
        Map<String, String> query = query(URI.create(out.location().orElseThrow()));
        assertThat(query).containsEntry("client_id", "portal-gateway").doesNotContainKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", browser.base().resolve("/utloggad").toString());
    }

    @Test
    void aGetDoesNotSignOut() {
        signInStaff();

        Page get = browser.get("/logga-ut");

        assertThat(get.status()).isEqualTo(405);
        assertThat(get.header("Content-Type")).startsWith("text/html");
        assertThat(browser.cookie("q_session")).isPresent();
        assertThat(browser.get("/byra/kunder/ny").status()).isEqualTo(200);
    }

    @Test
    void aSignInTheRealmRefusesEndsOnAPageInWords() {
        Page start = browser.get("/byra/kunder");
        String state = query(URI.create(start.location().orElseThrow())).get("state");

        Page failed = browser.open("/inloggning?error=access_denied&error_description=cancelled&state=" + state);

        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.uri().getPath()).isEqualTo("/inloggning/fel");
        assertThat(failed.html().selectFirst("h1").text()).isEqualTo("Inloggningen kunde inte slutföras");
        assertThat(failed.html().selectFirst("main a[href=/]").text()).isEqualTo("Logga in igen");
        assertThat(browser.cookie("q_session")).isEmpty();
    }

    @Test
    void aUserWithNeitherRoleIsToldSoInWords() {
        Page page = browser.signIn(new User("nobody", "Ingen Roll", List.of("offline_access"), null,
                Duration.ofMinutes(5)));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Ditt konto har ingen behörighet ännu");
    }

    static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> p.length < 2 ? "" : URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
