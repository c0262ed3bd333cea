package se.byra.notification.engine;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import se.byra.notification.NotificationConfig;

/**
 * Renders a notification's words from its template, in Swedish or English. Each template is two files
 * under {@code templates/notifications/}: {@code <name>.<lang>.txt}, the e-mail's plain text with the
 * captured {@code subject}, {@code title} and {@code summary} (the in-platform notification's words), and
 * {@code <name>.<lang>.html}, the e-mail's HTML part. Both see {@code data} (the notice's values),
 * {@code recipient}, {@code agency} and {@code link} (the absolute address of the page it leads to). A date
 * in {@code data} is an ISO date that the template writes in its language ({@link Dates}).
 */
@ApplicationScoped
public class Texts {

    /** The e-mail as sent. */
    public record Mail(String subject, String text, String html) {
    }

    /** What a notification says in the platform. */
    public record Headline(String title, String summary) {
    }

    @Inject
    Engine qute;

    @Inject
    NotificationConfig config;

    public Mail mail(String template, String language, Map<String, String> data, String recipient, String agency,
            String link) {
        Template text = template(template, language, "txt");
        Template html = template(template, language, "html");
        return new Mail(line(data(text.getFragment("subject").instance(), data, recipient, agency, link)),
                data(text.instance(), data, recipient, agency, link).render().strip() + "\n",
                data(html.instance(), data, recipient, agency, link).render());
    }

    public Headline headline(String template, String language, Map<String, String> data, String agency,
            String link) {
        Template text = template(template, language, "txt");
        return new Headline(line(data(text.getFragment("title").instance(), data, "", agency, link)),
                line(data(text.getFragment("summary").instance(), data, "", agency, link)));
    }

    /** The absolute address of a page of the agency UI or the portal. */
    public String link(String path) {
        String base = config.links().baseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    private Template template(String name, String language, String suffix) {
        String lang = "en".equals(language) ? "en" : "sv";
        Template template = qute.getTemplate("notifications/" + name + "." + lang + "." + suffix);
        if (template == null) {
            throw new IllegalStateException("no template notifications/" + name + "." + lang + "." + suffix);
        }
        return template;
    }

    private static TemplateInstance data(TemplateInstance instance, Map<String, String> data, String recipient,
            String agency, String link) {
        return instance.data("data", data).data("recipient", recipient).data("agency", agency).data("link", link);
    }

    /** A subject or title: one line, whatever the template's line breaks. */
    private static String line(TemplateInstance instance) {
        return instance.render().strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
