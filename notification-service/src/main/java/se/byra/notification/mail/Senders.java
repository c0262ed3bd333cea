package se.byra.notification.mail;

/** The From header: the agency's name before the service's address. */
final class Senders {

    private Senders() {
    }

    /**
     * {@code "Name" <address>}, the name quoted so that a comma or a bracket in an agency's name cannot change
     * the header's meaning, and line breaks removed so it cannot add a header.
     */
    static String address(String name, String address) {
        String safe = name.replaceAll("[\\r\\n\\t]+", " ").replace("\\", "\\\\").replace("\"", "\\\"").strip();
        return "\"" + safe + "\" <" + address + ">";
    }
}
