package se.byra.engagement.engagement;

/**
 * The engagement letter's life: a draft is edited; ready for signing it is frozen; a signed
 * letter never changes (an amendment is a new version that supersedes it when signed).
 */
public enum LetterStatus {
    DRAFT, READY_FOR_SIGNING, SIGNED, SUPERSEDED, TERMINATED;

    public boolean canBeSigned() {
        return this == DRAFT || this == READY_FOR_SIGNING;
    }
}
