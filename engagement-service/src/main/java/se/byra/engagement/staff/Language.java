package se.byra.engagement.staff;

/** The language a staff member reads the platform in; written as in the API and the events (ISO 639-1). */
public enum Language {
    sv,
    en
}
