package se.byra.platform.access;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A client user's membership of a client company. Mapped so that a service's list query can name it in a
 * subquery ({@link ClientUserAccess#clientFilter}); {@link AccessModel} writes the table.
 */
@Entity
@Table(name = "access_membership")
@IdClass(AccessMembership.Key.class)
public class AccessMembership {

    @Id
    @Column(name = "client_user_id")
    public UUID clientUserId;

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(nullable = false)
    public boolean administrator;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    public static class Key implements Serializable {
        public UUID clientUserId;
        public UUID clientId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(clientUserId, k.clientUserId)
                    && Objects.equals(clientId, k.clientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientUserId, clientId);
        }
    }
}
