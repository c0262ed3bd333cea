package se.byra.gateway.pages.overview;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.downstream.EngagementApi.EngagementSummary;
import se.byra.gateway.downstream.EngagementCalls;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;

/** Uppdrag: the client's engagements from engagement-service, with their status. */
@ApplicationScoped
public class EngagementsSection implements OverviewSection {

    static final int SHOWN = 20;

    @Inject
    EngagementCalls engagement;

    @Inject
    PageContext page;

    @CheckedTemplate(basePath = "overview")
    static class Templates {

        static native TemplateInstance engagements(Rows<Row> view);
    }

    public record Row(String title, String period, Badge status) {
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String title(Msg msg) {
        return msg.overview_engagements();
    }

    @Override
    public String headingId() {
        return "engagements";
    }

    @Override
    public Uni<TemplateInstance> load(UUID clientId, Uni<ClientView> client) {
        Msg msg = page.msg();
        return engagement.engagements(clientId, 0, SHOWN).map(result -> Templates.engagements(new Rows<>(
                title(msg), headingId(), result.items().stream().map(e -> row(e, msg)).toList(),
                result.totalItems())));
    }

    private Row row(EngagementSummary engagement, Msg msg) {
        return new Row(engagement.title(), Formats.period(engagement.periodStart(), engagement.periodEnd(), page),
                status(engagement.status(), msg));
    }

    static Badge status(String status, Msg msg) {
        return switch (status == null ? "" : status) {
            case "DRAFT" -> new Badge(msg.engagement_status_draft(), Badge.Colour.BLUE);
            case "ACTIVE" -> new Badge(msg.engagement_status_signed(), Badge.Colour.GREEN);
            case "TERMINATED" -> new Badge(msg.engagement_status_terminated(), Badge.Colour.GREY);
            default -> new Badge(msg.status_unknown(), Badge.Colour.GREY);
        };
    }
}
