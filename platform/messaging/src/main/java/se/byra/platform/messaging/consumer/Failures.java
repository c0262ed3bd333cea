package se.byra.platform.messaging.consumer;

import se.byra.platform.messaging.inbox.PoisonEventException;

/** Telling poison from a transient failure, through whatever wrapped it (a transaction, a proxy). */
final class Failures {

    private Failures() {
    }

    /** The poison in {@code failure}'s cause chain, or null when the failure is transient. */
    static PoisonEventException poison(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonEventException poison) {
                return poison;
            }
        }
        return null;
    }

    /** The failure and its root cause in one line, for the log and the dead-letter headers. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + " (cause: " + root + ")";
    }
}
