package se.byra.notification.directory;

/**
 * Who a person is to the platform: the agency's staff (agency UI), a client company's user (portal), or a
 * person known only by the e-mail address an event gives, who may not be a user yet ({@code ADDRESS}: told by
 * e-mail only, for there is no list of theirs to show a notification in).
 */
public enum RecipientKind {
    STAFF,
    CLIENT_USER,
    ADDRESS
}
