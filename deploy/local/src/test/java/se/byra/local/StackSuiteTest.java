package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import se.byra.platform.testkit.Browser;

/**
 * The stack as run.sh starts it: every health check UP, the demo staff user signs in and sees a
 * demo client, and a stop leaves no process behind. Runs last: it stops the stack the browser
 * tests share.
 */
@Order(Integer.MAX_VALUE)
class StackSuiteTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theStackStartsAsRunShDoesServesTheDemoDataRestartsADeadServiceAndStopsWithoutLeavingAProcess() throws Exception {
        Stack stack = RunningStack.get();
        List<ProcessHandle> started = stack.processes();
        assertThat(started).as("the stack's processes").hasSizeGreaterThanOrEqualTo(8);

        for (ServiceSpec service : stack.settings().ports().services()) {
            HttpResponse<String> health = get("http://127.0.0.1:" + service.managementPort() + "/q/health");
            assertThat(health.statusCode()).as(service.name() + " health").isEqualTo(200);
            assertThat(health.body()).as(service.name() + " health").contains("\"status\": \"UP\"");
        }
        assertThat(get(stack.keycloakIssuer() + "/.well-known/openid-configuration").statusCode()).isEqualTo(200);
        assertThat(get(stack.mailPageUrl()).statusCode()).isEqualTo(200);

        try (BrowserContext context = Browser.get().newContext()) {
            Page page = context.newPage();
            SignIn.as(page, stack, "erik", "/byra/kunder");
            assertThat(page.locator("main").textContent()).contains("Bergs Bygg AB");
            Browser.screenshot(page, "suite-client-list-after-sign-in");
        }

        // a service that dies is reported with its log and started again
        ProcessHandle caseService = stack.serviceJvm("case-service").orElseThrow();
        caseService.destroyForcibly();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(RunningStack.output())
                .contains("case-service stopped by itself", "case-service is UP again"));
        assertThat(get("http://127.0.0.1:" + stack.settings().ports().service("case-service").managementPort()
                + "/q/health/ready").statusCode()).isEqualTo(200);
        List<ProcessHandle> running = stack.processes();

        stack.close();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(running).as("processes still running after the stop").noneMatch(ProcessHandle::isAlive));
        assertThat(started).noneMatch(ProcessHandle::isAlive);
        String data = stack.settings().data().toString();
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(data)))
                .as("processes that use the stack's data folder").isEmpty();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
