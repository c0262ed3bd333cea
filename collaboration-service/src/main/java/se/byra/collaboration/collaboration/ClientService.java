package se.byra.collaboration.collaboration;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A service of the catalogue a client uses in the platform, with a collaboration or alone. */
@Entity
@Table(name = "client_service")
@IdClass(ClientService.Key.class)
public class ClientService extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Id
    public String service;

    @Column(nullable = false)
    public Instant since;

    @Enumerated(EnumType.STRING)
    @Column(name = "started_by", nullable = false)
    public StartedBy startedBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    public enum StartedBy {
        AGENCY, CLIENT, IMPORT
    }

    /** The primary key: the client and the service. */
    public static class Key implements Serializable {

        public UUID clientId;
        public String service;

        public Key() {
        }

        Key(UUID clientId, String service) {
            this.clientId = clientId;
            this.service = service;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(clientId, k.clientId) && Objects.equals(service, k.service);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, service);
        }
    }

    public static ClientService find(UUID clientId, String service) {
        return findById(new Key(clientId, service));
    }

    /** Whether the client uses the service now. */
    public static boolean inUse(UUID clientId, String service) {
        ClientService s = find(clientId, service);
        return s != null && s.endedAt == null;
    }

    /** The client stops using the service (a service it never used stays unused). */
    public static void stop(UUID clientId, String service, Instant now) {
        ClientService s = find(clientId, service);
        if (s != null && s.endedAt == null) {
            s.endedAt = now;
        }
    }

    /** The client uses the service from now on (again, if it had ended it). */
    public static void start(UUID clientId, String service, StartedBy by, Instant now) {
        ClientService s = find(clientId, service);
        if (s == null) {
            s = new ClientService();
            s.clientId = clientId;
            s.service = service;
            s.since = now;
            s.startedBy = by;
            s.persist();
        } else if (s.endedAt != null) {
            s.since = now;
            s.startedBy = by;
            s.endedAt = null;
        }
    }
}
