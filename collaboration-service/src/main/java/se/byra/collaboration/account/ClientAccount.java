package se.byra.collaboration.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A client company opened to the portal (kundkonto): its users sign in and see the company there. */
@Entity
@Table(name = "client_account")
public class ClientAccount extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    public UUID agencyId;

    /** As it was when the account was made; the client's current name is known_client's. */
    @Column(name = "client_name", nullable = false, updatable = false)
    public String clientName;

    @Column(name = "organisation_number", nullable = false, updatable = false)
    public String organisationNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /**
     * The staff member's login (the token's subject), or {@code staff:<staff id>} when case-service's
     * ConsentRequested opened it (the staff member who asked).
     */
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    public String createdByName;
}
