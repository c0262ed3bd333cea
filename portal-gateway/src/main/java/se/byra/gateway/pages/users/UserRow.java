package se.byra.gateway.pages.users;

import java.util.UUID;

import se.byra.gateway.downstream.CollaborationApi;
import se.byra.gateway.downstream.CollaborationApi.ClientUserView;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Logins;
import se.byra.gateway.pages.Msg;

/**
 * A user of a client's account in a table, the agency's or the portal's: name, e-mail, role and login in words.
 * {@code reason} why the login failed (the identity provider's words, the agency's only); {@code you} whether it
 * is the signed-in user.
 */
public record UserRow(UUID id, String name, String email, String role, Badge login, boolean loginFailed,
        String reason, boolean you) {

    public static UserRow of(ClientUserView user, boolean you, Msg msg) {
        boolean failed = Logins.failed(user.provisioningState());
        return new UserRow(user.clientUserId(), user.name(), user.email(), role(user.role(), msg),
                Logins.badge(user.provisioningState(), msg), failed, failed ? user.provisioningReason() : null, you);
    }

    /** "Administratör" or "Användare"; a role the service adds later is "Okänd status". */
    public static String role(String role, Msg msg) {
        return switch (role == null ? "" : role) {
            case CollaborationApi.ADMINISTRATOR -> msg.role_administrator();
            case CollaborationApi.USER -> msg.role_user();
            default -> msg.status_unknown();
        };
    }
}
