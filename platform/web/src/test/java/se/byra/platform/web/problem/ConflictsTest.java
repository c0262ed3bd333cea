package se.byra.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class ConflictsTest {

    @Test
    void aUniqueViolationAmongTheCausesIsAConflictNamingItsConstraint() {
        SQLException unique = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"client_organisation_number_unique\"", "23505");
        RuntimeException commit = new RuntimeException("commit failed", new IllegalStateException("flush", unique));

        assertThat(Conflicts.of(commit)).contains(new Conflicts.Conflict("client_organisation_number_unique"));
    }

    @Test
    void serializationFailuresAndDeadlocksAreConflicts() {
        assertThat(Conflicts.of(new SQLException("could not serialize", "40001"))).isPresent();
        assertThat(Conflicts.of(new SQLException("deadlock detected", "40P01"))).isPresent();
    }

    @Test
    void anOptimisticLockFailureIsRecognisedByItsType() {
        assertThat(Conflicts.of(new RuntimeException(new jakarta.persistence.OptimisticLockException("stale"))))
                .contains(new Conflicts.Conflict("OptimisticLockException"));
    }

    @Test
    void otherFailuresAreNotConflicts() {
        assertThat(Conflicts.of(new SQLException("value too long", "22001"))).isEmpty();
        assertThat(Conflicts.of(new IllegalStateException("bug"))).isEmpty();
    }
}
