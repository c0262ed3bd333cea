package se.byra.gateway.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.qute.TemplateInstance;

/**
 * What every template may use: the address of htmx (served from its webjar, so the version is
 * read from the jar rather than written twice), the CSRF header's name, and the page's language
 * set on every template instance, so {@code {msg:…}} speaks it.
 */
@ApplicationScoped
public class PageGlobals {

    private static final String HTMX_POM = "META-INF/maven/org.webjars.npm/htmx.org/pom.properties";

    private static final String HTMX_SCRIPT = "/webjars/htmx.org/" + htmxVersion() + "/dist/htmx.min.js";

    @Inject
    PageContext page;

    @TemplateGlobal
    static String htmxScript() {
        return HTMX_SCRIPT;
    }

    @TemplateGlobal
    static String csrfHeader() {
        return CsrfTokens.HEADER;
    }

    void speakThePagesLanguage(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this::setLocale);
    }

    private void setLocale(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(page.locale());
        }
    }

    static String htmxVersion() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(HTMX_POM)) {
            if (in == null) {
                throw new IllegalStateException("htmx webjar missing: " + HTMX_POM);
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
