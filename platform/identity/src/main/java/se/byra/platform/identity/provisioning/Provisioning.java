package se.byra.platform.identity.provisioning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.byra.platform.identity.Person;
import se.byra.platform.transactions.AfterCommit;

/**
 * Asks for a change in the identity provider as part of the caller's transaction: the request is
 * a row written with the change that caused it, so it exists exactly when that change committed.
 * {@link ProvisioningWorker} carries it out after the commit (right away, and again with backoff
 * while the identity provider is away) and hands the outcome back as a {@link ProvisioningOutcome}.
 * An owner's requests run in the order they were made.
 */
@ApplicationScoped
public class Provisioning {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WAKE_REGISTERED = Provisioning.class.getName() + ".wake";

    @Inject
    DataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ProvisioningWorker worker;

    /** The person becomes a user (an existing one with the e-mail is reused), sent the set-password mail if new. */
    @Transactional(TxType.MANDATORY)
    public void ensure(String owner, Person person) {
        request(owner, "ENSURE", person);
    }

    /** The user's name, e-mail, language, roles and attributes follow the person's. */
    @Transactional(TxType.MANDATORY)
    public void update(String owner, Person person) {
        request(owner, "UPDATE", person);
    }

    /** The user is disabled and signed out everywhere. */
    @Transactional(TxType.MANDATORY)
    public void disable(String owner) {
        request(owner, "DISABLE", null);
    }

    /** The owner's failed requests are tried again from the start; how many there were. */
    @Transactional(TxType.MANDATORY)
    public int retry(String owner) {
        int retried = execute("update identity_provisioning set state = 'PENDING', attempts = 0, next_attempt_at = now(), "
                + "last_error = null where owner = ? and state = 'FAILED'", owner);
        if (retried > 0) {
            wakeAfterCommit();
        }
        return retried;
    }

    private void request(String owner, String action, Person person) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into identity_provisioning (owner, action, person) values (?, ?, ?::jsonb)")) {
            insert.setString(1, owner);
            insert.setString(2, action);
            if (person == null) {
                insert.setNull(3, Types.VARCHAR);
            } else {
                insert.setString(3, JSON.writeValueAsString(person));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the provisioning request of " + owner, e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + person, e);
        }
        wakeAfterCommit();
    }

    private int execute(String sql, String owner) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, owner);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the provisioning requests of " + owner, e);
        }
    }

    private void wakeAfterCommit() {
        AfterCommit.once(transactions, WAKE_REGISTERED, worker::wake);
    }
}
