package se.byra.engagement.client;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person at the client; exactly one is the main contact (huvudkontakt). */
@Entity
@Table(name = "client_contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    public Client client;

    @Column(nullable = false)
    public String name;

    public String email;

    public String phone;

    @Column(nullable = false)
    public boolean main;
}
