package se.byra.notification.directory;

/** Who a person is to the platform: the agency's staff (agency UI) or a client company's user (portal). */
public enum RecipientKind {
    STAFF,
    CLIENT_USER
}
