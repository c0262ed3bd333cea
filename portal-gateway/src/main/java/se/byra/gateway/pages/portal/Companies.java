package se.byra.gateway.pages.portal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.pages.PageContext;

/** The signed-in client user's companies, as collaboration-service knows their memberships. */
@ApplicationScoped
public class Companies {

    @Inject
    CollaborationCalls collaboration;

    @Inject
    PageContext page;

    /**
     * The company the address names, among the user's; another (or one that does not exist) is the 404 page, as
     * the service answers it. The page is marked as the company's, for the menu.
     */
    public Uni<CurrentCompany> current(UUID id) {
        return collaboration.companies().map(all -> {
            CurrentCompany current = all.stream().filter(c -> c.clientId().equals(id)).findFirst()
                    .map(company -> new CurrentCompany(company, all)).orElseThrow(NotFoundException::new);
            page.inCompany(id, current.administrator());
            return current;
        });
    }

    /** The company, if the user administers it; the 403 page otherwise (a user sees, the administrator changes). */
    public Uni<CurrentCompany> administered(UUID id) {
        return current(id).invoke(company -> {
            if (!company.administrator()) {
                throw new ForbiddenException();
            }
        });
    }
}
