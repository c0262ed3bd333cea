package se.byra.collaboration.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import se.byra.collaboration.account.AccountApi.CompanyView;
import se.byra.platform.access.Access;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.Roles;

/** The client user's own view: the companies they belong to. */
@Path("/me/companies")
@RolesAllowed(Roles.CLIENT_USER)
public class MeResource {

    @Inject
    CompanyService companies;

    @Inject
    Access access;

    /** The companies the caller belongs to, by name, so the portal can offer a switch when there are several. */
    @GET
    public Page<CompanyView> companies(@Valid @BeanParam PageRequest paging) {
        return companies.companies(access.clientUser(), paging);
    }
}
