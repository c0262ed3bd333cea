package se.byra.platform.access;

import java.util.UUID;

/** A client company the caller belongs to, and whether they administer its users there. */
public record Membership(UUID clientId, UUID agencyId, boolean administrator) {
}
