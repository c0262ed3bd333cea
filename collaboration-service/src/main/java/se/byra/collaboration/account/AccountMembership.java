package se.byra.collaboration.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** A client user's membership of a company's account, as administrator or user. */
@Entity
@Table(name = "membership")
@IdClass(AccountMembership.Key.class)
public class AccountMembership extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Id
    @Column(name = "client_user_id")
    public UUID clientUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipRole role;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    /**
     * Who granted it: the login (token subject) of a staff member or of the company's administrator, or
     * {@code staff:<staff id>} for the first administrator of an account case-service's ConsentRequested opened.
     */
    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    public static class Key implements Serializable {
        public UUID clientId;
        public UUID clientUserId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(clientId, k.clientId)
                    && Objects.equals(clientUserId, k.clientUserId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, clientUserId);
        }
    }

    static AccountMembership find(UUID clientId, UUID clientUserId) {
        return find("clientId = ?1 and clientUserId = ?2", clientId, clientUserId).firstResult();
    }

    /**
     * The company's administrators, locked in id order before any other row: every removal takes these
     * locks first, so two removals run one after the other (the second sees the first's effect) and never
     * deadlock on each other's rows.
     */
    static List<AccountMembership> lockAdministrators(UUID clientId) {
        return AccountMembership.<AccountMembership>find("clientId = ?1 and role = ?2", Sort.by("clientUserId"),
                clientId, MembershipRole.ADMINISTRATOR).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
