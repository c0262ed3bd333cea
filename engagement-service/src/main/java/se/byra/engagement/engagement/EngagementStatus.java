package se.byra.engagement.engagement;

/** Where an engagement stands: it is in force only once its letter is signed. */
public enum EngagementStatus {
    DRAFT, ACTIVE, TERMINATED
}
