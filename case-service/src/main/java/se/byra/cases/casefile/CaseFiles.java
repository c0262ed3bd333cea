package se.byra.cases.casefile;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.byra.cases.Side;
import se.byra.cases.attachment.Attachment;
import se.byra.cases.attachment.Attachments;
import se.byra.cases.attachment.Attachments.Download;
import se.byra.cases.casefile.CaseApi.AttachmentView;
import se.byra.cases.casefile.CaseHistory.What;
import se.byra.cases.casefile.CaseStatus.Step;
import se.byra.platform.access.ClientUserAccess;
import se.byra.platform.access.StaffAccess;

/**
 * A case's files as each side adds, reads and removes them: the agency while the case is a draft or open, the client
 * while it is the client's turn. Reading needs only that the caller may see the case.
 */
@ApplicationScoped
public class CaseFiles {

    @Inject
    Attachments attachments;

    @Inject
    CaseFlow flow;

    @Transactional
    public AttachmentView add(StaffAccess staff, UUID id, String item, String fileName, byte[] content, String byName) {
        Case c = CaseAccess.forStaff(staff, id, true);
        c.status.after(Step.EDIT);
        return added(c, Side.AGENCY, staff.staffId().orElse(null), byName, item, fileName, content);
    }

    @Transactional
    public AttachmentView add(ClientUserAccess user, UUID clientId, UUID id, String item, String fileName,
            byte[] content, String byName) {
        Case c = CaseAccess.forClient(user, clientId, id, true);
        c.status.after(Step.SAVE_ANSWER);
        return added(c, Side.CLIENT, user.clientUserId().orElseThrow(), byName, item, fileName, content);
    }

    @Transactional
    public Download download(StaffAccess staff, UUID id, UUID attachmentId) {
        return attachments.download(CaseAccess.forStaff(staff, id, false).id, attachmentId);
    }

    @Transactional
    public Download download(ClientUserAccess user, UUID clientId, UUID id, UUID attachmentId) {
        return attachments.download(CaseAccess.forClient(user, clientId, id, false).id, attachmentId);
    }

    @Transactional
    public AttachmentView remove(StaffAccess staff, UUID id, UUID attachmentId, String byName) {
        Case c = CaseAccess.forStaff(staff, id, true);
        c.status.after(Step.EDIT);
        return removed(c, Side.AGENCY, attachmentId, byName);
    }

    @Transactional
    public AttachmentView remove(ClientUserAccess user, UUID clientId, UUID id, UUID attachmentId, String byName) {
        Case c = CaseAccess.forClient(user, clientId, id, true);
        c.status.after(Step.SAVE_ANSWER);
        return removed(c, Side.CLIENT, attachmentId, byName);
    }

    private AttachmentView added(Case c, Side side, UUID byId, String byName, String item, String fileName,
            byte[] content) {
        Attachment a = attachments.add(c.id, c.type, c.definition, side, item, fileName, content, byId, byName);
        CaseHistory.record(c.id, What.FILE_ADDED, side, byName, a.fileName, a.uploadedAt);
        flow.touch(c.id, side, a.uploadedAt);
        return CaseViews.attachment(a);
    }

    private AttachmentView removed(Case c, Side side, UUID attachmentId, String byName) {
        Attachment a = attachments.remove(c.id, attachmentId, side);
        Instant now = Instant.now();
        CaseHistory.record(c.id, What.FILE_REMOVED, side, byName, a.fileName, now);
        flow.touch(c.id, side, now);
        return CaseViews.attachment(a);
    }
}
