package se.byra.cases.attachment;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** The bytes in {@code attachment_content}, in the transaction of the attachment's row. */
@ApplicationScoped
public class DatabaseAttachmentStore implements AttachmentStore {

    @Inject
    EntityManager em;

    @Override
    @Transactional(TxType.MANDATORY)
    public void put(UUID attachmentId, byte[] content) {
        em.createNativeQuery("insert into attachment_content (attachment_id, content) values (?1, ?2)")
                .setParameter(1, attachmentId).setParameter(2, content).executeUpdate();
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public byte[] get(UUID attachmentId) {
        List<?> rows = em.createNativeQuery("select content from attachment_content where attachment_id = ?1")
                .setParameter(1, attachmentId).getResultList();
        return rows.isEmpty() ? null : (byte[]) rows.get(0);
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public void delete(UUID attachmentId) {
        em.createNativeQuery("delete from attachment_content where attachment_id = ?1").setParameter(1, attachmentId)
                .executeUpdate();
    }
}
