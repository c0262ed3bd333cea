package se.byra.engagement.agency;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The agency's logo, in a table of its own so the profile row stays small. Read only to serve the
 * image; {@link AgencyService} writes it with one upsert.
 */
@Entity
@Table(name = "agency_logo")
public class AgencyLogo extends PanacheEntityBase {

    @Id
    @Column(name = "agency_id")
    public UUID agencyId;

    /** Detected from the image's first bytes ({@link LogoFormat}), never taken from the request. */
    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public byte[] image;

    @Column(name = "size_bytes", nullable = false)
    public int size;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
