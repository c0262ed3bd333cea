package se.byra.collaboration.account;

/** What a client user is in a company: its administrator invites and removes its users. */
public enum MembershipRole {
    ADMINISTRATOR,
    USER
}
