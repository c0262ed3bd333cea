package se.byra.platform.access;

import java.util.UUID;

/**
 * A staff member's record changed, fired (CDI, synchronously, in the inbox transaction) after the access model took
 * it from {@code StaffMemberInvited}, {@code StaffMemberUpdated} or {@code StaffMemberDeactivated}. A service that
 * keeps more of its staff than access needs (names for its pages, addresses to check) observes it: the dispatcher
 * allows one handler per event type, and these are the library's.
 *
 * @param agencyId the agency
 * @param staffId the member
 * @param name their name, or null for a deactivation (which carries none)
 * @param email their address, or null for a deactivation
 * @param active false once deactivated
 */
public record StaffChanged(UUID agencyId, UUID staffId, String name, String email, boolean active) {
}
