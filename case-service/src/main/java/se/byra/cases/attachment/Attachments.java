package se.byra.cases.attachment;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.byra.cases.CasesConfig;
import se.byra.cases.Problems;
import se.byra.cases.Side;
import se.byra.cases.casefile.CaseType;
import se.byra.cases.casefile.Definition;
import se.byra.platform.web.problem.ProblemException;

/**
 * A case's files: checked for size and for their type as detected from the bytes, stored with the case, read back
 * only by those who may see the case. Which case and whether its status allows a file is the caller's
 * ({@code CaseFiles}); which item a file may answer is decided here.
 */
@ApplicationScoped
public class Attachments {

    @Inject
    AttachmentStore store;

    @Inject
    ContentTypes types;

    @Inject
    CasesConfig config;

    /** A file and what it is, for a download. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** Stores the file as one side's attachment to the case, for {@code item} (null: the case as a whole). */
    @Transactional(TxType.MANDATORY)
    public Attachment add(UUID caseId, CaseType type, Definition definition, Side side, String item, String fileName,
            byte[] content, UUID byId, String byName) {
        String name = fileName(fileName);
        checkItem(type, definition, side, item);
        if (content == null || content.length == 0) {
            throw ProblemException.invalidField("body", "the file is empty");
        }
        if (content.length > config.attachments().maxSize()) {
            throw new ProblemException(413, Problems.type("file-too-large"), "File too large", "The file is larger "
                    + "than " + config.attachments().maxSize() / (1024 * 1024) + " MB", java.util.List.of());
        }
        if (Attachment.count("caseId", caseId) >= config.attachments().maxPerCase()) {
            throw Problems.conflict("too-many-files", "Too many files", "A case holds at most "
                    + config.attachments().maxPerCase() + " files: remove one first");
        }
        String detected = types.detect(content, name);
        if (!types.allowed(detected)) {
            throw new ProblemException(415, Problems.type("file-type-not-allowed"), "File type not allowed",
                    "The file is " + detected + ", which cases do not take; allowed: " + ContentTypes.allowedNames(),
                    java.util.List.of());
        }
        Attachment a = new Attachment();
        a.id = UUID.randomUUID();
        a.caseId = caseId;
        a.item = item;
        a.fileName = name;
        a.contentType = detected;
        a.size = content.length;
        a.side = side;
        a.uploadedById = byId;
        a.uploadedByName = byName;
        a.uploadedAt = Instant.now();
        a.persist();
        Attachment.flush();
        store.put(a.id, content);
        return a;
    }

    @Transactional(TxType.MANDATORY)
    public Download download(UUID caseId, UUID attachmentId) {
        Attachment a = of(caseId, attachmentId);
        byte[] content = store.get(a.id);
        if (content == null) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        return new Download(a.fileName, a.contentType, content);
    }

    /** Removes one of {@code side}'s own files; the other side's answer 403. */
    @Transactional(TxType.MANDATORY)
    public Attachment remove(UUID caseId, UUID attachmentId, Side side) {
        Attachment a = of(caseId, attachmentId);
        if (a.side != side) {
            throw ProblemException.forbidden("Only the side that added a file removes it");
        }
        store.delete(a.id);
        a.delete();
        return a;
    }

    private static Attachment of(UUID caseId, UUID attachmentId) {
        Attachment a = Attachment.findById(attachmentId);
        if (a == null || !a.caseId.equals(caseId)) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        return a;
    }

    /** The agency attaches to the case, or an approval's document; the client to a document or a file field. */
    private static void checkItem(CaseType type, Definition definition, Side side, String item) {
        if (item == null) {
            return;
        }
        boolean known = side == Side.AGENCY
                ? type == CaseType.APPROVAL && item.equals(Attachment.APPROVAL_DOCUMENT)
                : type == CaseType.DOCUMENT_REQUEST && definition.documents().stream().anyMatch(d -> d.key().equals(item))
                        || type == CaseType.FORM && definition.fields().stream().anyMatch(f -> f.key().equals(item)
                                && f.type() == Definition.FieldType.FILE);
        if (!known) {
            throw ProblemException.invalidField("item", "not a document or file field of this case: " + item);
        }
    }

    /** The name without any folder, trimmed, 1..255 characters. */
    static String fileName(String given) {
        if (given == null) {
            throw ProblemException.invalidField("fileName", "name the file");
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.length() > 255 || name.equals(".") || name.equals("..")) {
            throw ProblemException.invalidField("fileName", "a file name of 1 to 255 characters");
        }
        return name;
    }
}
