package se.byra.engagement.engagement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of an engagement letter (uppdragsbrev), with the evidence of its signing:
 * who signed, when, from where, and the SHA-256 of the exact text that was signed.
 */
@Entity
@Table(name = "engagement_letter")
public class EngagementLetter extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "engagement_id", nullable = false, updatable = false)
    public Engagement engagement;

    @Column(name = "letter_version", nullable = false, updatable = false)
    public int letterVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LetterStatus status = LetterStatus.DRAFT;

    @Column(nullable = false, length = 20000)
    public String terms;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "signed_by_name")
    public String signedByName;

    @Column(name = "signed_from")
    public String signedFrom;

    @Column(name = "document_sha256")
    public String documentSha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static EngagementLetter current(UUID engagementId) {
        return find("engagement.id = ?1 order by letterVersion desc", engagementId).firstResult();
    }

    /** The document as signed: what the hash in the evidence covers. */
    String signedDocument() {
        Engagement e = engagement;
        return String.join("\n",
                "engagement=" + e.id,
                "letter=" + id + " v" + letterVersion,
                "client=" + e.client.organisationNumber + " " + e.client.name,
                "title=" + e.title,
                "period=" + e.periodStart + ".." + (e.periodEnd == null ? "" : e.periodEnd),
                "terms=" + terms);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
