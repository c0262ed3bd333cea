package se.byra.platform.web.security;

/** Realm roles carried in the token ({@code realm_access.roles}). */
public final class Roles {

    /** Agency administrator: everything an agency member may do, and the agency's settings. */
    public static final String AGENCY_ADMIN = "agency-admin";
    /** Any member of an agency's staff. */
    public static final String AGENCY_STAFF = "agency-staff";
    /** A user of a client company, in the client portal. */
    public static final String CLIENT_USER = "client-user";

    private Roles() {
    }
}
