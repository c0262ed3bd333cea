package se.byra.gateway.pages.staff;

import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Logins;
import se.byra.gateway.pages.Msg;

/**
 * A staff member's choices and states in words. The service writes them as codes; one it adds
 * later is "Okänd status", not an error.
 */
final class StaffWords {

    static final String FULL = "FULL";
    static final String OWN_CLIENTS = "OWN_CLIENTS";

    private StaffWords() {
    }

    /** Which clients the staff member sees: "Alla kunder" or "Egna kunder". */
    static String permission(String permission, Msg msg) {
        return switch (permission == null ? "" : permission) {
            case FULL -> msg.staff_permission_full();
            case OWN_CLIENTS -> msg.staff_permission_own();
            default -> msg.status_unknown();
        };
    }

    static Badge status(String status, Msg msg) {
        return switch (status == null ? "" : status) {
            case "ACTIVE" -> new Badge(msg.status_active(), Badge.Colour.GREEN);
            case "DEACTIVATED" -> new Badge(msg.staff_status_deactivated(), Badge.Colour.GREY);
            default -> new Badge(msg.status_unknown(), Badge.Colour.GREY);
        };
    }

    /**
     * Where the staff member's login stands ({@link Logins}); a deactivated member's login is shut ("Avstängd")
     * unless shutting it failed.
     */
    static Badge login(String state, String status, Msg msg) {
        if ("DEACTIVATED".equals(status) && !Logins.failed(state)) {
            return new Badge(msg.login_disabled(), Badge.Colour.GREY);
        }
        return Logins.badge(state, msg);
    }
}
