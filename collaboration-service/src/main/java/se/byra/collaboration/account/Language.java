package se.byra.collaboration.account;

/** The language a client user reads the portal in; written as in the API and the events (ISO 639-1). */
public enum Language {
    sv,
    en
}
