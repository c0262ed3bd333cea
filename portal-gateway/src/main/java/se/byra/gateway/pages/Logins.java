package se.byra.gateway.pages;

/**
 * Where a person's login stands, as staff members' and client users' pages show it: the invitation sent (being
 * made, the mail on its way), active, or failed (with "Försök igen" for those who may). A state a service adds
 * later is "Okänd status".
 */
public final class Logins {

    public static final String FAILED = "FAILED";

    private Logins() {
    }

    public static Badge badge(String state, Msg msg) {
        return switch (state == null ? "" : state) {
            case "PENDING" -> new Badge(msg.login_pending(), Badge.Colour.BLUE);
            case "ACTIVE" -> new Badge(msg.login_active(), Badge.Colour.GREEN);
            case FAILED -> new Badge(msg.login_failed(), Badge.Colour.RED);
            default -> new Badge(msg.status_unknown(), Badge.Colour.GREY);
        };
    }

    public static boolean failed(String state) {
        return FAILED.equals(state);
    }
}
