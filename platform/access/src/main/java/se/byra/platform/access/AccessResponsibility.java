package se.byra.platform.access;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A staff member responsible for a client. Mapped only so that a service's list query can name it in a
 * subquery ({@link StaffAccess#clientFilter}); {@link AccessModel} writes the table.
 */
@Entity
@Table(name = "access_responsibility")
@IdClass(AccessResponsibility.Key.class)
public class AccessResponsibility {

    @Id
    @Column(name = "staff_id")
    public UUID staffId;

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    public static class Key implements Serializable {
        public UUID staffId;
        public UUID clientId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(staffId, k.staffId) && Objects.equals(clientId, k.clientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(staffId, clientId);
        }
    }
}
