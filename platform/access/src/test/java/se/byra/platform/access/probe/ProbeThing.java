package se.byra.platform.access.probe;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row belonging to a client, as a service's cases or collaborations do. */
@Entity
@Table(name = "probe_thing")
public class ProbeThing {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;
}
