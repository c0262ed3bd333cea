package se.byra.collaboration.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A person using the client portal: one per e-mail address, whatever companies (of whatever agencies)
 * they belong to. Belongs to no agency.
 */
@Entity
@Table(name = "client_user")
public class ClientUser extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Lower case; unique. */
    @Column(nullable = false, updatable = false)
    public String email;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Language language;

    /** The identity provider's user id ({@code sub}); null until provisioning has made the login. */
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "provisioning_state", nullable = false)
    public ProvisioningState provisioningState = ProvisioningState.PENDING;

    /** Why provisioning has not succeeded, while it has not. */
    @Column(name = "provisioning_reason")
    public String provisioningReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** The person, locked: their memberships change one transaction at a time (see {@link ClientUsers}). */
    static ClientUser lock(UUID id) {
        return ClientUser.<ClientUser>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
