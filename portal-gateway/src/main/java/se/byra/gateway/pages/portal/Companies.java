package se.byra.gateway.pages.portal;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.CompanyCaseApi.CaseMenu;
import se.byra.gateway.downstream.CompanyCaseCalls;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.PageContext;

/**
 * The signed-in client user's companies, as collaboration-service knows their memberships, and, for the company a
 * page is about, its "Ärenden" menu as case-service says it.
 */
@ApplicationScoped
public class Companies {

    private static final Logger LOG = Logger.getLogger(Companies.class);

    @Inject
    CollaborationCalls collaboration;

    @Inject
    CompanyCaseCalls cases;

    @Inject
    PageContext page;

    /**
     * The company the address names, among the user's; another (or one that does not exist) is the 404 page, as
     * the service answers it. The page is marked as the company's, for the menu, with its "Ärenden" read at the same
     * time: when case-service does not answer, the menu has no Ärenden and the page renders.
     */
    public Uni<CurrentCompany> current(UUID id) {
        Uni<CaseMenu> menu = cases.menu(id).onFailure().recoverWithItem(failure -> {
            LOG.debugf(failure, "The Ärenden menu of %s is unavailable", id);
            return new CaseMenu(false, 0, 0);
        });
        return Uni.combine().all().unis(collaboration.companies(), menu).asTuple().map(loaded -> {
            var all = loaded.getItem1();
            CurrentCompany current = all.stream().filter(c -> c.clientId().equals(id)).findFirst()
                    .map(company -> new CurrentCompany(company, all)).orElseThrow(NotFoundException::new);
            page.inCompany(id, current.administrator());
            page.companyCases(loaded.getItem2().visible(), loaded.getItem2().waiting());
            return current;
        });
    }

    /**
     * An answer only the company's administrator gives: another member gets the 403 page and the service is not
     * asked; the service's own 403 (the role changed since) is the same page.
     */
    public <T> Uni<T> administered(UUID id, Function<CurrentCompany, Uni<T>> answer) {
        return administered(id).flatMap(answer::apply)
                .onFailure(failure -> ServiceRefusal.is(failure, 403)).transform(refused -> new ForbiddenException());
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
