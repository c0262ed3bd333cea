package se.byra.gateway.pages.overview;

import java.util.List;
import java.util.UUID;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.pages.Msg;

/**
 * One section of the client overview that another service fills: engagements, collaborations,
 * its users, later routine progress and open cases. A section is a CDI bean implementing this and one
 * template fragment; the overview finds every section, loads them in parallel with the client,
 * and shows a section whose service fails or is slow as unavailable, in words, while the rest of
 * the page renders (docs/ui.md, "Adding a section to the client overview").
 */
public interface OverviewSection {

    /** Where the section sits: lower first (engagements 100, collaborations 200, users 300). */
    int order();

    /** The section's heading, also the name in "… kan inte visas just nu". */
    String title(Msg msg);

    /** The id of the section's heading, for its aria-labelledby and for links to it. */
    String headingId();

    /**
     * The section's data from its service, as its template. Called on the event loop: return
     * the service call's Uni, do not block. A failed or timed-out Uni shows the section as
     * unavailable; the call's own limits (timeout, circuit breaker) keep the page fast.
     * {@code client} is the overview's own call for the client (made once, whoever subscribes):
     * a section that needs the client's details (its main contact, say) combines it with its own.
     */
    Uni<TemplateInstance> load(UUID clientId, Uni<ClientView> client);

    /**
     * What a section that lists things hands its template: its heading and id, the rows shown,
     * and how many there are in all ("Visar de 20 första av 31").
     */
    record Rows<R>(String title, String headingId, List<R> rows, long total) {

        public boolean more() {
            return total > rows.size();
        }
    }
}
