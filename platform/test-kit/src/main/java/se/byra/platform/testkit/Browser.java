package se.byra.platform.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Headless Chromium for browser tests, driven by Playwright: Debian's {@code chromium}, never a
 * browser Playwright downloads. One Playwright and one Chromium per test JVM, closed by a
 * shutdown hook; each test takes a {@link #newContext() context} of its own (fresh cookies and
 * storage). Playwright objects are not thread-safe: use them from the test's thread.
 *
 * <p>Needs {@code com.microsoft.playwright:playwright} and {@code com.deque.html.axe-core:playwright}
 * on the test classpath (optional dependencies of the kit, versions from the root pom).
 */
public final class Browser {

    /** Chromium's binary: {@code -Dtestkit.chromium}, {@code TESTKIT_CHROMIUM}, else Debian's. */
    private static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    /**
     * Headless without a sandbox (tests run as root here) or GPU; the background-networking and
     * update switches keep Chromium from calling home, which a closed network refuses slowly.
     */
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final Set<String> SERIOUS = Set.of("serious", "critical");
    private static final Logger LOG = Logger.getLogger(Browser.class);
    private static Browser instance;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    /** The test JVM's Chromium, launched on first use. */
    public static synchronized Browser get() {
        if (instance == null) {
            long started = System.nanoTime();
            Path executable = chromiumExecutable();
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                com.microsoft.playwright.Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable).setHeadless(true).setArgs(ARGS));
                instance = new Browser(playwright, chromium);
            } catch (RuntimeException e) {
                playwright.close();
                throw e;
            }
            Browser browser = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(browser::close, "chromium-stop"));
            LOG.infof("Chromium %s started from %s in %d ms", browser.chromium.version(), executable,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return instance;
    }

    /** A fresh context (cookies, storage) at a desktop size, in Swedish. */
    public BrowserContext newContext() {
        return newContext(1280, 800);
    }

    /** A fresh context with a viewport of {@code width} x {@code height} CSS pixels, locale sv-SE. */
    public BrowserContext newContext(int width, int height) {
        return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("sv-SE")
                .setTimezoneId("Europe/Stockholm"));
    }

    /** Saves the whole page as {@code target/screenshots/<name>.png} in the module and returns the file. */
    public static Path screenshot(Page page, String name) {
        String module = System.getProperty("basedir", System.getProperty("user.dir"));
        Path file = Path.of(module, "target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * The page's axe-core violations of impact serious or critical, one line each: rule id, what
     * it asks for and the elements that break it ({@code label (critical): Form elements must
     * have labels: #email}). Empty when the page passes.
     */
    public static List<String> seriousAccessibilityViolations(Page page) {
        return new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> rule.getImpact() != null && SERIOUS.contains(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    /** Whether the page is wider than its viewport, so a reader has to scroll sideways. */
    public static boolean scrollsSideways(Page page) {
        return Boolean.TRUE.equals(page.evaluate(
                "() => document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + ": " + rule.getNodes().stream()
                .map(CheckedNode::getTarget).map(Browser::selector).collect(Collectors.joining(", "));
    }

    /** axe names an element by a list of selectors, one per frame on the way to it. */
    private static String selector(Object target) {
        return target instanceof List<?> path
                ? path.stream().map(String::valueOf).collect(Collectors.joining(" >> "))
                : String.valueOf(target);
    }

    private static Path chromiumExecutable() {
        String configured = System.getProperty("testkit.chromium", System.getenv("TESTKIT_CHROMIUM"));
        Path executable = Path.of(configured != null && !configured.isBlank() ? configured : DEFAULT_CHROMIUM);
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("no Chromium at " + executable + ": install Debian's (apt-get install"
                    + " chromium) or point -Dtestkit.chromium / TESTKIT_CHROMIUM at one");
        }
        return executable;
    }

    private void close() {
        try {
            chromium.close();
        } finally {
            playwright.close();
        }
    }
}
