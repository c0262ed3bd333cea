package se.byra.cases.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whose turn it is. Every change of status goes through {@link #after(Step)}: the one state machine, so no service
 * method decides a transition of its own.
 *
 * <pre>
 * DRAFT --SEND--> WAITING_FOR_CLIENT --SUBMIT--> WAITING_FOR_AGENCY --RETURN--> WAITING_FOR_CLIENT
 *                 WAITING_FOR_CLIENT --ACKNOWLEDGE--> CLOSED (information needs nothing more)
 * a client's question starts as WAITING_FOR_AGENCY ({@link #asked()})
 * WAITING_* --CLOSE--> CLOSED;  DRAFT, WAITING_* --CANCEL--> CANCELLED;  WAITING_* --REVOKE--> CLOSED
 * </pre>
 */
public enum CaseStatus {
    DRAFT, WAITING_FOR_CLIENT, WAITING_FOR_AGENCY, CLOSED, CANCELLED;

    /** What can be done to a case that moves it, or may only be done in some statuses. */
    public enum Step {
        /** The agency sends a draft to the client. */
        SEND,
        /** The client saves a partial answer: no move. */
        SAVE_ANSWER,
        /** The client submits its answer. */
        SUBMIT,
        /** The client confirms it has read an information case. */
        ACKNOWLEDGE,
        /** The agency sends the case back to the client with a comment. */
        RETURN,
        /** The agency is done with it. */
        CLOSE,
        /** The agency withdraws it. */
        CANCEL,
        /** The client withdrew its consent: an open case closes. */
        REVOKE,
        /** Either side comments: no move. */
        COMMENT,
        /** The agency edits a draft wholly, or a sent case's due date and assignee: no move. */
        EDIT
    }

    private static final Set<CaseStatus> OPEN = EnumSet.of(WAITING_FOR_CLIENT, WAITING_FOR_AGENCY);

    /** The status after {@code step}; {@link IllegalStep} when the step is not possible from here. */
    public CaseStatus after(Step step) {
        CaseStatus next = switch (step) {
            case SEND -> this == DRAFT ? WAITING_FOR_CLIENT : null;
            case SAVE_ANSWER -> this == WAITING_FOR_CLIENT ? this : null;
            case SUBMIT -> this == WAITING_FOR_CLIENT ? WAITING_FOR_AGENCY : null;
            case ACKNOWLEDGE -> this == WAITING_FOR_CLIENT ? CLOSED : null;
            case RETURN -> this == WAITING_FOR_AGENCY ? WAITING_FOR_CLIENT : null;
            case CLOSE, REVOKE -> OPEN.contains(this) ? CLOSED : null;
            case CANCEL -> this == DRAFT || OPEN.contains(this) ? CANCELLED : null;
            case COMMENT -> OPEN.contains(this) ? this : null;
            case EDIT -> this == DRAFT || OPEN.contains(this) ? this : null;
        };
        if (next == null) {
            throw new IllegalStep(this, step);
        }
        return next;
    }

    /** Whether {@code step} is possible from here. */
    public boolean allows(Step step) {
        try {
            after(step);
            return true;
        } catch (IllegalStep e) {
            return false;
        }
    }

    /** The status a client's question starts in. */
    public static CaseStatus asked() {
        return WAITING_FOR_AGENCY;
    }

    public boolean open() {
        return OPEN.contains(this);
    }

    /** A step the case's status does not allow: answered 409 with both named. */
    public static final class IllegalStep extends RuntimeException {

        private final CaseStatus from;
        private final Step step;

        IllegalStep(CaseStatus from, Step step) {
            super(step + " is not possible for a case that is " + from);
            this.from = from;
            this.step = step;
        }

        public CaseStatus from() {
            return from;
        }

        public Step step() {
            return step;
        }
    }
}
