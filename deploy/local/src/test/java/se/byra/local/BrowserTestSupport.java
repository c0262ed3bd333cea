package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import se.byra.platform.testkit.Browser;

/**
 * What the browser tests share: the running stack, a fresh browser context per person (its own
 * cookies), and the checks every page gets: a screenshot, no serious accessibility violation, no
 * sideways scrolling, no Content-Security-Policy violation in the console.
 */
abstract class BrowserTestSupport {

    /** A phone's width: every page must be usable at it. */
    static final int NARROW = 375;

    static Stack stack;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void startStack() {
        // the stack first: it tells its own processes apart from those started before it
        stack = RunningStack.get();
        Browser.get();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A page in a context of its own, signed in as {@code username}, at {@code path}. */
    Page signedIn(String username, String path) {
        Page page = newPage(1280, 800);
        SignIn.as(page, stack, username, path);
        return page;
    }

    Page newPage(int width, int height) {
        BrowserContext context = Browser.get().newContext(width, height);
        contexts.add(context);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        return page;
    }

    String url(String path) {
        return stack.gatewayUrl() + path;
    }

    /** The checks every page gets, and its screenshot under target/screenshots/{@code name}.png. */
    void checkPage(Page page, String name) {
        Browser.screenshot(page, name);
        assertThat(Browser.seriousAccessibilityViolations(page)).as("serious accessibility violations on " + name)
                .isEmpty();
        assertThat(Browser.scrollsSideways(page)).as(name + " scrolls sideways").isFalse();
        assertThat(consoleErrors).as("console errors on " + name).noneMatch(e -> e.contains("Content Security Policy"));
    }

    String mainText(Page page) {
        return page.locator("main").innerText();
    }
}
