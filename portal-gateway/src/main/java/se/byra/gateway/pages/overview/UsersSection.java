package se.byra.gateway.pages.overview;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi.ClientAccountView;
import se.byra.gateway.downstream.CollaborationApi.ClientUserView;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.downstream.EngagementApi.ContactView;
import se.byra.gateway.downstream.ServicePage;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.users.InviteForm;
import se.byra.gateway.pages.users.UserRow;

/**
 * Användare: the client's account in collaboration-service. With an account, its users (role and login, "Försök
 * igen" for a failed login) and a form to invite another; without one, what an account is, the main contact who
 * becomes its administrator, and the button that creates it, or, when the main contact lacks a name or an e-mail
 * address (engagement-service's client, which the overview fetched anyway), what to add first. The service's 404
 * for the account means none (or a client it has not heard of yet, which the button's answer says).
 */
@ApplicationScoped
public class UsersSection implements OverviewSection {

    static final int SHOWN = 20;

    @Inject
    CollaborationCalls collaboration;

    @Inject
    PageContext page;

    @CheckedTemplate(basePath = "overview")
    static class Templates {

        static native TemplateInstance users(AccountUsers view);

        static native TemplateInstance noAccount(NoAccount view);
    }

    /** The account's users and the invitation form (empty: its errors show on a page of its own). */
    public record AccountUsers(UUID clientId, String created, Rows<UserRow> users, InviteForm form,
            FormErrors errors) {

        public String inviteAction() {
            return ClientAccountResource.inviteHref(clientId);
        }

        public String retryAction(UserRow row) {
            return OverviewPage.href(clientId) + "/anvandare/" + row.id() + "/inloggning";
        }
    }

    /** No account yet: the main contact who would be its administrator, and what they lack (null: nothing). */
    public record NoAccount(String title, String headingId, UUID clientId, String contactName, String contactEmail,
            String missing) {

        public boolean possible() {
            return missing == null;
        }

        public String createAction() {
            return ClientAccountResource.accountHref(clientId);
        }

        public String editHref() {
            return OverviewPage.editHref(clientId);
        }
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String title(Msg msg) {
        return msg.overview_users();
    }

    @Override
    public String headingId() {
        return "users";
    }

    @Override
    public Uni<TemplateInstance> load(UUID clientId, Uni<ClientView> client) {
        Msg msg = page.msg();
        Uni<Optional<ClientAccountView>> account = collaboration.account(clientId).map(Optional::of)
                .onFailure(failure -> ServiceRefusal.is(failure, 404)).recoverWithItem(Optional.empty());
        Uni<ServicePage<ClientUserView>> users = collaboration.accountUsers(clientId, 0, SHOWN)
                .onFailure(failure -> ServiceRefusal.is(failure, 404))
                .recoverWithItem(new ServicePage<>(null, 0, SHOWN, 0, 0));
        return Uni.combine().all().unis(account, users, client).with((found, listed, details) -> found
                .map(a -> Templates.users(accountUsers(a, listed, msg)))
                .orElseGet(() -> Templates.noAccount(noAccount(details, msg))));
    }

    private AccountUsers accountUsers(ClientAccountView account, ServicePage<ClientUserView> users, Msg msg) {
        return new AccountUsers(account.clientId(), Formats.date(account.createdAt(), page),
                new Rows<>(title(msg), headingId(), users.items().stream().map(u -> UserRow.of(u, false, msg))
                        .toList(), users.totalItems()),
                InviteForm.empty(false), InviteForm.noErrors());
    }

    private NoAccount noAccount(ClientView client, Msg msg) {
        ContactView main = MainContact.of(client);
        return new NoAccount(title(msg), headingId(), client.id(), main == null ? null : main.name(),
                main == null ? null : main.email(), MainContact.missing(client, msg));
    }
}
