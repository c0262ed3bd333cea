package se.byra.cases.attachment;

import java.util.UUID;

/**
 * Where an attachment's bytes are kept, behind one interface: the database today ({@link DatabaseAttachmentStore}),
 * an object store when files outgrow it. Writes join the caller's transaction where the store can, so a file and its
 * row appear together.
 */
public interface AttachmentStore {

    void put(UUID attachmentId, byte[] content);

    /** The bytes, or null when there are none. */
    byte[] get(UUID attachmentId);

    void delete(UUID attachmentId);
}
