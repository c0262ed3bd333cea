package se.byra.gateway.downstream;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CaseApi.AttachmentView;
import se.byra.gateway.downstream.CaseApi.CaseEdit;
import se.byra.gateway.downstream.CaseApi.CaseSummary;
import se.byra.gateway.downstream.CaseApi.CaseView;
import se.byra.gateway.downstream.CaseApi.ClientSummary;
import se.byra.gateway.downstream.CaseApi.Closing;
import se.byra.gateway.downstream.CaseApi.CommentView;
import se.byra.gateway.downstream.CaseApi.ConsentItem;
import se.byra.gateway.downstream.CaseApi.ConsentView;
import se.byra.gateway.downstream.CaseApi.Dispatch;
import se.byra.gateway.downstream.CaseApi.DispatchReport;
import se.byra.gateway.downstream.CaseApi.HistoryView;
import se.byra.gateway.downstream.CaseApi.NewCase;
import se.byra.gateway.downstream.CaseApi.TemplateBody;
import se.byra.gateway.downstream.CaseApi.TemplateView;
import se.byra.gateway.downstream.CaseApi.Text;

/** case-service's calls for the agency's pages, each within its limits ({@link ServiceGuards}). */
@ApplicationScoped
public class CaseCalls {

    /** A POST the service takes without a body: sent as {@code {}}. */
    private static final Map<String, Object> NOTHING = Map.of();

    private final ServiceGuards guards;

    @RestClient
    CaseClient client;

    @Inject
    CaseCalls(ServicesConfig config) {
        guards = new ServiceGuards("case", config);
    }

    /** The client's consent to case management and what stands in the way of an invitation now. */
    public Uni<ConsentView> consent(UUID clientId) {
        return guards.read(() -> client.consent(clientId));
    }

    /** Invites the client's main contact (again while it waits, or after a no); 422 names what stands in the way. */
    public Uni<ConsentView> requestConsent(UUID clientId) {
        return guards.write(() -> client.requestConsent(clientId, NOTHING));
    }

    /** The agency's clients with a consent of {@code status} (null: any), the latest change first. */
    public Uni<ServicePage<ConsentItem>> consents(String status, int page, int size) {
        return guards.read(() -> client.consents(status, page, size));
    }

    /** Every client whose consent is {@code status}, read up to a page past {@code max}: more than max is too many. */
    public Uni<List<ConsentItem>> allConsents(String status, int max) {
        return ServicePage.all(page -> consents(status, page, ServicePage.LARGEST), max / ServicePage.LARGEST + 1);
    }

    /** The client overview's counts and latest cases. */
    public Uni<ClientSummary> summary(UUID clientId) {
        return guards.read(() -> client.summary(clientId));
    }

    /** The board: the cases the caller may see, last update first; every filter may be null. */
    public Uni<ServicePage<CaseSummary>> board(BoardFilter filter, int page, int size) {
        return guards.read(() -> client.board(filter.statuses().isEmpty() ? null : filter.statuses(), filter.type(),
                filter.assigneeId(), filter.clientId(), filter.dueBefore(), filter.overdue() ? Boolean.TRUE : null,
                filter.query(), page, size));
    }

    public Uni<CaseView> create(NewCase body) {
        return guards.write(() -> client.create(body));
    }

    public Uni<CaseView> get(UUID id) {
        return guards.read(() -> client.get(id));
    }

    public Uni<CaseView> edit(UUID id, CaseEdit body) {
        return guards.write(() -> client.edit(id, body));
    }

    /** Sends the draft to the client; 409 {@code consent-required} without consent, 422 an approval's missing document. */
    public Uni<CaseView> send(UUID id) {
        return guards.write(() -> client.send(id, NOTHING));
    }

    public Uni<CaseView> returnToClient(UUID id, String comment) {
        return guards.write(() -> client.returnToClient(id, new Text(comment)));
    }

    public Uni<CaseView> close(UUID id, String note) {
        return guards.write(() -> client.close(id, new Closing(note)));
    }

    public Uni<CaseView> cancel(UUID id, String note) {
        return guards.write(() -> client.cancel(id, new Closing(note)));
    }

    /** The agency has looked at the case: its unread marker goes. */
    public Uni<Void> markRead(UUID id) {
        return guards.write(() -> client.read(id, NOTHING));
    }

    /** The comments, oldest first. */
    public Uni<ServicePage<CommentView>> comments(UUID id, int page, int size) {
        return guards.read(() -> client.comments(id, page, size));
    }

    public Uni<CommentView> comment(UUID id, String text) {
        return guards.write(() -> client.comment(id, new Text(text)));
    }

    /** Every step, oldest first. */
    public Uni<ServicePage<HistoryView>> history(UUID id, int page, int size) {
        return guards.read(() -> client.history(id, page, size));
    }

    /** A file for the case ({@code item} null: the case as a whole); 413 too large, 415 a type cases do not take. */
    public Uni<AttachmentView> attach(UUID id, String item, String fileName, byte[] content) {
        return guards.write(() -> client.attach(id, item, fileName, content));
    }

    /** A file of the case as the service serves it (a download, its type and name in the headers). */
    public Uni<Download> download(UUID id, UUID attachmentId) {
        return guards.read(() -> client.download(id, attachmentId)).map(answer -> new Download(answer.getEntity(),
                answer.getMediaType() == null ? null : answer.getMediaType().toString(),
                answer.getHeaderString("Content-Disposition")));
    }

    public Uni<AttachmentView> removeAttachment(UUID id, UUID attachmentId) {
        return guards.write(() -> client.removeAttachment(id, attachmentId));
    }

    /** The agency's templates by name; {@code type} null for every type. */
    public Uni<ServicePage<TemplateView>> templates(String type, int page, int size) {
        return guards.read(() -> client.templates(type, page, size));
    }

    /** Every template of the agency (at most {@code maxPages} of the largest pages), for a choice. */
    public Uni<List<TemplateView>> allTemplates(int maxPages) {
        return ServicePage.all(page -> templates(null, page, ServicePage.LARGEST), maxPages);
    }

    public Uni<TemplateView> template(UUID id) {
        return guards.read(() -> client.template(id));
    }

    public Uni<TemplateView> createTemplate(TemplateBody body) {
        return guards.write(() -> client.createTemplate(body));
    }

    public Uni<TemplateView> updateTemplate(UUID id, TemplateBody body) {
        return guards.write(() -> client.updateTemplate(id, body));
    }

    public Uni<TemplateView> deleteTemplate(UUID id) {
        return guards.write(() -> client.deleteTemplate(id));
    }

    /** Sends the template to many clients at once; the report says to whom it went and to whom not, and why. */
    public Uni<DispatchReport> dispatch(UUID id, Dispatch body) {
        return guards.write(() -> client.dispatch(id, body));
    }

    /** A file as the service serves it: the bytes, the type it detected, and its {@code Content-Disposition}. */
    public record Download(byte[] content, String contentType, String disposition) {
    }

    /** The board's filters as the service takes them; null (or empty, false): not filtered. */
    public record BoardFilter(List<String> statuses, String type, UUID assigneeId, UUID clientId, LocalDate dueBefore,
            boolean overdue, String query) {
    }
}
