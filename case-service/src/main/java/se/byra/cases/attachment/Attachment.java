package se.byra.cases.attachment;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.byra.cases.Side;

/** A file of a case: its name, detected type, size and who added it; the bytes are the {@link AttachmentStore}'s. */
@Entity
@Table(name = "case_attachment")
public class Attachment extends PanacheEntityBase {

    /** The item an approval's document is attached as. */
    public static final String APPROVAL_DOCUMENT = "document";

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    public String item;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public long size;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Side side;

    @Column(name = "uploaded_by_id")
    public UUID uploadedById;

    @Column(name = "uploaded_by_name", nullable = false)
    public String uploadedByName;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    public static List<Attachment> of(UUID caseId) {
        return list("caseId = ?1 order by uploadedAt, id", caseId);
    }

    /** The items one side has attached files to: what a submission counts. */
    public static Set<String> items(UUID caseId, Side side) {
        List<Attachment> files = list("caseId = ?1 and side = ?2 and item is not null", caseId, side);
        return files.stream().map(a -> a.item).collect(Collectors.toSet());
    }
}
