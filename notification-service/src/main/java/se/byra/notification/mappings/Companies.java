package se.byra.notification.mappings;

import java.util.UUID;

import se.byra.notification.directory.Directory;

/** A company as the texts name it. */
final class Companies {

    private Companies() {
    }

    /**
     * The company's name. Its account's creation precedes its memberships on the same key, so the name is
     * known; should that event have been parked, the id stands in rather than the notice being lost.
     */
    static String name(Directory directory, UUID clientId) {
        return directory.clientName(clientId).orElse(clientId.toString());
    }
}
