package se.byra.platform.web.problem;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a lost race in a failure's causes: a unique constraint another transaction
 * satisfied first ("one client per organisation number"), a row another transaction changed
 * first (optimistic locking, "one signature per letter version"), a serialization failure or a
 * deadlock. The database already kept exactly one effect; the loser hears 409, not 500.
 * Matched by SQLState and class name, so that platform/web needs no persistence dependency
 * (the gateway has no database).
 */
final class Conflicts {

    /** unique_violation, serialization_failure, deadlock_detected, lock_not_available. */
    private static final Set<String> SQL_STATES = Set.of("23505", "40001", "40P01", "55P03");
    private static final Set<String> LOCK_FAILURES = Set.of("jakarta.persistence.OptimisticLockException",
            "jakarta.persistence.PessimisticLockException", "jakarta.persistence.LockTimeoutException",
            "org.hibernate.StaleStateException", "org.hibernate.dialect.lock.OptimisticEntityLockException");
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");

    /** What lost: a constraint's name, or the kind of lock failure. */
    record Conflict(String what) {
    }

    private Conflicts() {
    }

    static Optional<Conflict> of(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && SQL_STATES.contains(sql.getSQLState())) {
                Matcher constraint = CONSTRAINT.matcher(String.valueOf(sql.getMessage()));
                return Optional.of(new Conflict(constraint.find() ? constraint.group(1) : sql.getSQLState()));
            }
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (LOCK_FAILURES.contains(type.getName())) {
                    return Optional.of(new Conflict(type.getSimpleName()));
                }
            }
        }
        return Optional.empty();
    }
}
