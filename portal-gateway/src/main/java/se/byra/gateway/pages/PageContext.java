package se.byra.gateway.pages;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import se.byra.gateway.downstream.EngagementApi.StaffView;
import se.byra.platform.web.security.Roles;

/**
 * What every page needs besides its own data, for the layout ({@code {inject:page.…}}) and the
 * resources: the language, the signed-in user, the form token, the current address.
 */
@Named("page")
@RequestScoped
public class PageContext {

    /** The language cookie: {@code sv} or {@code en}; Swedish without it. */
    public static final String LANGUAGE_COOKIE = "lang";
    public static final String SWEDISH = "sv";
    public static final String ENGLISH = "en";

    @Inject
    CurrentVertxRequest request;

    @Inject
    CsrfTokens tokens;

    private String lang;
    private UUID companyId;
    private boolean companyAdministrator;
    private boolean companyCases;
    private long companyCasesWaiting;

    public String lang() {
        if (lang == null) {
            Cookie cookie = routing().request().getCookie(LANGUAGE_COOKIE);
            lang = cookie != null && ENGLISH.equals(cookie.getValue()) ? ENGLISH : SWEDISH;
        }
        return lang;
    }

    /** The language the switch offers: the one the page is not in. */
    public String otherLang() {
        return SWEDISH.equals(lang()) ? ENGLISH : SWEDISH;
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang());
    }

    /** The page's words, in the page's language, for Java code ({@code {msg:…}} in templates). */
    public Msg msg() {
        return MessageBundles.get(Msg.class, Localized.Literal.of(lang()));
    }

    /** The client portal's own words ({@code {portal:…}} in templates). */
    public PortalMsg portalMsg() {
        return MessageBundles.get(PortalMsg.class, Localized.Literal.of(lang()));
    }

    /** The notification pages' words ({@code {notice:…}} in templates). */
    public NoticeMsg noticeMsg() {
        return MessageBundles.get(NoticeMsg.class, Localized.Literal.of(lang()));
    }

    /** The collaboration pages' words ({@code {collab:…}} in templates). */
    public CollabMsg collabMsg() {
        return MessageBundles.get(CollabMsg.class, Localized.Literal.of(lang()));
    }

    /** The collaboration lists' and the import's words ({@code {collablist:…}} in templates). */
    public CollabListMsg collabListMsg() {
        return MessageBundles.get(CollabListMsg.class, Localized.Literal.of(lang()));
    }

    /** The case pages' words ({@code {cases:…}} in templates). */
    public CaseMsg caseMsg() {
        return MessageBundles.get(CaseMsg.class, Localized.Literal.of(lang()));
    }

    /** The case forms' words ({@code {caseform:…}} in templates). */
    public CaseFormMsg caseFormMsg() {
        return MessageBundles.get(CaseFormMsg.class, Localized.Literal.of(lang()));
    }

    public boolean signedIn() {
        return identity().isPresent();
    }

    /** The name the identity provider knows the user by. */
    public String userName() {
        return token().map(t -> {
            String name = t.getClaim("name");
            return name != null && !name.isBlank() ? name : t.getName();
        }).orElse("");
    }

    /** The user's stable id ({@code sub}), as the services store it (a client's manager, say). */
    public String userId() {
        return token().map(JsonWebToken::getSubject).orElse(null);
    }

    /** The e-mail address the identity provider knows the user by, if it gives one. */
    public String userEmail() {
        return token().map(t -> t.<String>getClaim("email")).orElse(null);
    }

    /** A staff member as the pages name one (a client's manager, say) when the service gives no name. */
    public String staffMember(String subject) {
        Msg msg = msg();
        return subject == null || subject.isBlank() ? msg.clients_manager_none()
                : subject.equals(userId()) ? msg.clients_manager_you() : msg.clients_manager_other();
    }

    /** A client's manager: the name the service gives, else in words as {@link #staffMember(String)}. */
    public String manager(String id, String name) {
        return name != null && !name.isBlank() ? name : staffMember(id);
    }

    /**
     * Whether the staff member is the signed-in user: by the login's id once the service shows it,
     * else by the e-mail address (a staff member's login is made with their e-mail, unique in the
     * agency).
     */
    public boolean isUser(StaffView member) {
        if (member.subject() != null) {
            return member.subject().equals(userId());
        }
        return isUser(member.email());
    }

    /**
     * Whether the e-mail address is the signed-in user's: a login is made with the person's e-mail address (a
     * client user's is unique among all of them, a staff member's in the agency).
     */
    public boolean isUser(String email) {
        String own = userEmail();
        return own != null && email != null && email.equalsIgnoreCase(own.strip());
    }

    public boolean staff() {
        return identity().map(i -> i.hasRole(Roles.AGENCY_STAFF)).orElse(false);
    }

    /** An agency administrator: changes the agency's profile and its staff. */
    public boolean admin() {
        return identity().map(i -> i.hasRole(Roles.AGENCY_ADMIN)).orElse(false);
    }

    public boolean clientUser() {
        return identity().map(i -> i.hasRole(Roles.CLIENT_USER)).orElse(false);
    }

    /** This session's form token; empty for an anonymous visitor (who can change nothing but the language). */
    public String csrfToken() {
        return identity().flatMap(tokens::tokenFor).orElse("");
    }

    public String csrfField() {
        return CsrfTokens.FIELD;
    }

    /** Whether the header has the bell: a staff member or a client user is signed in. */
    public boolean notices() {
        return staff() || clientUser();
    }

    /** The user's notifications: the agency's side for staff (also when they are a client user too), else the portal's. */
    public String noticesHref() {
        return staff() ? Paths.AGENCY_NOTICES : Paths.PORTAL_NOTICES;
    }

    public boolean inAgencyClients() {
        return routing().normalizedPath().startsWith(Paths.CLIENTS) && !inAgencyCollaborations();
    }

    /** The collaborations, also a client's activation ({@code /byra/kunder/{id}/samarbeten/…}). */
    public boolean inAgencyCollaborations() {
        String path = routing().normalizedPath();
        return path.startsWith(Paths.COLLABORATIONS)
                || path.startsWith(Paths.CLIENTS + "/") && path.contains(Paths.CLIENT_COLLABORATIONS + "/");
    }

    /** The cases: the board, one case, the templates. */
    public boolean inAgencyCases() {
        return routing().normalizedPath().startsWith(Paths.CASES);
    }

    public boolean inAgencyStaff() {
        return routing().normalizedPath().startsWith(Paths.STAFF);
    }

    public boolean inAgencySettings() {
        return routing().normalizedPath().startsWith(Paths.SETTINGS);
    }

    public boolean inPortal() {
        return routing().normalizedPath().startsWith(Paths.PORTAL);
    }

    /**
     * The portal page is about this company of the user's (a resource that found it says so): the menu's
     * Översikt leads to it, and its administrator gets Användare.
     */
    public void inCompany(UUID id, boolean administrator) {
        companyId = id;
        companyAdministrator = administrator;
    }

    /** Where the portal menu's Översikt leads: the company the page is about, else the portal's home page. */
    public String portalHref() {
        return companyId == null ? Paths.PORTAL : Paths.company(companyId);
    }

    /** Whether the user administers the company the page is about (the menu's Användare). */
    public boolean companyAdministrator() {
        return companyId != null && companyAdministrator;
    }

    public String companyUsersHref() {
        return companyId == null ? Paths.PORTAL : Paths.companyUsers(companyId);
    }

    /** In the portal, on a company's users (Användare in the menu), or elsewhere (Översikt). */
    public boolean inCompanyUsers() {
        return inPortal() && routing().normalizedPath().contains(Paths.USERS);
    }

    /** The company's collaborations (Samarbeten in the portal's menu), once a company is chosen. */
    public String companyCollaborationsHref() {
        return companyId == null ? null : Paths.company(companyId) + Paths.CLIENT_COLLABORATIONS;
    }

    /** In the portal, on the company's collaborations or one of them. */
    public boolean inCompanyCollaborations() {
        return inPortal() && routing().normalizedPath().contains(Paths.CLIENT_COLLABORATIONS);
    }

    /**
     * The company's "Ärenden" menu, as case-service says it (consent granted and a case sent at least once), with the
     * number of cases waiting for the company. Not called, or called with {@code visible} false (also when the
     * service did not answer): no menu item.
     */
    public void companyCases(boolean visible, long waiting) {
        companyCases = visible;
        companyCasesWaiting = waiting;
    }

    /** The company's cases (Ärenden in the portal's menu), when it has them; null: no menu item. */
    public String companyCasesHref() {
        return companyId == null || !companyCases ? null : Paths.company(companyId) + Paths.COMPANY_CASES;
    }

    /** How many of the company's cases wait for it (the menu's "Ärenden (2)"); 0: no number. */
    public long companyCasesWaiting() {
        return companyCasesWaiting;
    }

    /** In the portal, on the company's cases, one of them, or its consent to case management. */
    public boolean inCompanyCases() {
        String path = routing().normalizedPath();
        return inPortal() && (path.contains(Paths.COMPANY_CASES) || path.contains(Paths.COMPANY_CONSENT));
    }

    /** Översikt is the current item elsewhere in the portal, also on the consent when Ärenden is not in the menu. */
    public boolean inPortalOverview() {
        return inPortal() && !inCompanyUsers() && !inCompanyCollaborations() && !inNotices()
                && !(inCompanyCases() && companyCasesHref() != null);
    }

    /** On the user's notifications or their settings (the bell marks itself). */
    public boolean inNotices() {
        String path = routing().normalizedPath();
        return path.startsWith(Paths.AGENCY_NOTICES) || path.startsWith(Paths.PORTAL_NOTICES);
    }

    /** The address of this page (path and query), for the language switch to come back to. */
    public String path() {
        String uri = routing().request().uri();
        return Paths.local(uri, "/");
    }

    private Optional<SecurityIdentity> identity() {
        return routing().user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                ? Optional.of(user.getSecurityIdentity())
                : Optional.empty();
    }

    private Optional<JsonWebToken> token() {
        return identity().map(SecurityIdentity::getPrincipal).filter(JsonWebToken.class::isInstance)
                .map(JsonWebToken.class::cast);
    }

    private RoutingContext routing() {
        return request.getCurrent();
    }
}
