package se.byra.gateway.pages.overview;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;

/**
 * Samarbeten: what collaboration-service knows of the client, so far the signed engagements a
 * collaboration can be activated on (a collaboration needs a signed engagement first).
 */
@ApplicationScoped
public class CollaborationsSection implements OverviewSection {

    static final int SHOWN = 20;

    @Inject
    CollaborationCalls collaboration;

    @Inject
    PageContext page;

    @CheckedTemplate(basePath = "overview")
    static class Templates {

        static native TemplateInstance collaborations(Rows<Row> view);
    }

    public record Row(String title, String period, String signedOn) {
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String title(Msg msg) {
        return msg.overview_collaborations();
    }

    @Override
    public String headingId() {
        return "collaborations";
    }

    @Override
    public Uni<TemplateInstance> load(UUID clientId, Uni<ClientView> client) {
        Msg msg = page.msg();
        return collaboration.signedEngagements(clientId, 0, SHOWN).map(result -> Templates.collaborations(
                new Rows<>(title(msg), headingId(), result.items().stream()
                        .map(e -> new Row(e.title(), Formats.period(e.periodStart(), e.periodEnd(), page),
                                Formats.date(e.signedAt(), page)))
                        .toList(), result.totalItems())));
    }
}
