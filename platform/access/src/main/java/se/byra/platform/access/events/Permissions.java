package se.byra.platform.access.events;

import se.byra.platform.messaging.inbox.PoisonEventException;

/** The contract's words for a permission and a role, strictly: an unknown word is a broken event. */
final class Permissions {

    private Permissions() {
    }

    static boolean full(String permission) {
        return switch (permission) {
            case "FULL" -> true;
            case "OWN_CLIENTS" -> false;
            default -> throw new PoisonEventException("unknown permission " + permission);
        };
    }

    static boolean administrator(String role) {
        return switch (role) {
            case "ADMINISTRATOR" -> true;
            case "USER" -> false;
            default -> throw new PoisonEventException("unknown membership role " + role);
        };
    }
}
