package se.byra.gateway.pages.overview;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi;
import se.byra.gateway.downstream.CollaborationApi.ClientServices;
import se.byra.gateway.downstream.CollaborationApi.ServiceTile;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.CollabMsg;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.collaborations.CollabPaths;
import se.byra.gateway.pages.collaborations.CollabWords;

/**
 * Samarbeten: one tile per service of the catalogue (collaboration-service's {@code /clients/{id}/services}), each
 * with its state in words and its action: "Aktivera" where no collaboration is open, "Visa samarbetet" where there is
 * or was one. A client without an engagement in force is told what a collaboration needs first, and its unlinked
 * imports are counted with the way to link them.
 */
@ApplicationScoped
public class CollaborationsSection implements OverviewSection {

    @Inject
    CollaborationCalls collaboration;

    @Inject
    PageContext page;

    @CheckedTemplate(basePath = "overview")
    static class Templates {

        static native TemplateInstance collaborations(Tiles view);
    }

    /** The section: the tiles, whether a collaboration can be activated at all, and the unlinked imports. */
    public record Tiles(String title, String headingId, List<Tile> tiles, boolean engagementsInForce,
            String engagementsHref, String unlinked, String unlinkedHref) {

        public boolean hasUnlinked() {
            return unlinked != null;
        }
    }

    /** A service for the client: {@code showHref} and {@code activateHref} null when the action is not there. */
    public record Tile(String service, String name, String summary, Badge state, boolean usesService,
            String showHref, String activateHref, boolean again) {

        public String headingId() {
            return "service-" + service;
        }
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
        return collaboration.clientServices(clientId).map(services -> Templates.collaborations(tiles(services, msg)));
    }

    private Tiles tiles(ClientServices services, Msg msg) {
        CollabMsg words = page.collabMsg();
        boolean activatable = services.engagementsInForce() > 0;
        List<Tile> tiles = services.tiles().stream().map(tile -> tile(services.clientId(), tile, activatable))
                .toList();
        String unlinked = services.unlinked() == 0 ? null
                : services.unlinked() == 1 ? words.unlinked_one() : words.unlinked_many(Long.toString(services
                        .unlinked()));
        return new Tiles(title(msg), headingId(), tiles, activatable, "#engagements", unlinked,
                CollabPaths.unlinked(services.clientId()));
    }

    private Tile tile(UUID clientId, ServiceTile tile, boolean activatable) {
        boolean open = CollaborationApi.INVITED.equals(tile.status()) || CollaborationApi.ACTIVE.equals(tile.status());
        return new Tile(tile.service(), tile.name(), tile.summary(),
                CollabWords.tile(tile.status(), tile.expiresAt(), tile.activatedAt(), tile.endsOn(), page),
                tile.clientUsesService() && !open,
                tile.collaborationId() == null ? null : CollabPaths.detail(tile.collaborationId()),
                activatable && !open ? CollabPaths.activate(clientId, tile.service()) : null,
                tile.status() != null);
    }
}
