package se.byra.gateway.downstream;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CompanyCaseApi.Answer;
import se.byra.gateway.downstream.CompanyCaseApi.AnswerBody;
import se.byra.gateway.downstream.CompanyCaseApi.Attachment;
import se.byra.gateway.downstream.CompanyCaseApi.CaseCard;
import se.byra.gateway.downstream.CompanyCaseApi.CaseMenu;
import se.byra.gateway.downstream.CompanyCaseApi.CaseTask;
import se.byra.gateway.downstream.CompanyCaseApi.CaseView;
import se.byra.gateway.downstream.CompanyCaseApi.Comment;
import se.byra.gateway.downstream.CompanyCaseApi.CompanyConsentView;
import se.byra.gateway.downstream.CompanyCaseApi.ConsentAnswer;
import se.byra.gateway.downstream.CompanyCaseApi.Contact;
import se.byra.gateway.downstream.CompanyCaseApi.FileDownload;
import se.byra.gateway.downstream.CompanyCaseApi.HistoryEntry;
import se.byra.gateway.downstream.CompanyCaseApi.Question;
import se.byra.gateway.downstream.CompanyCaseApi.Text;

/**
 * case-service's calls about a company's consent and cases in the portal, each within its limits
 * ({@link ServiceGuards}, one circuit for the service's reads, whichever bean calls it). Another company's case is the
 * service's 404; a member who is not the company's administrator answering the consent is its 403; a step the case's
 * status does not allow now is its 409.
 */
@ApplicationScoped
public class CompanyCaseCalls {

    /** How many of the service's largest pages of a list (to-dos, a case's comments or history) a page reads. */
    static final int MAX_PAGES = 10;

    private final ServiceGuards guards;

    @RestClient
    CompanyCaseClient client;

    @Inject
    CompanyCaseCalls(ServicesConfig config) {
        guards = new ServiceGuards("case", config);
    }

    /** One page of what the signed-in user is to do: consents to give first, then cases by due date. */
    public Uni<ServicePage<CaseTask>> tasks(int page, int size) {
        return guards.read(() -> client.tasks(page, size));
    }

    /** Everything the signed-in user is to do about cases (a company's page picks that company's). */
    public Uni<List<CaseTask>> allTasks() {
        return ServicePage.all(page -> tasks(page, ServicePage.LARGEST), MAX_PAGES);
    }

    public Uni<CompanyConsentView> consent(UUID clientId) {
        return guards.read(() -> client.consent(clientId));
    }

    public Uni<CompanyConsentView> grant(UUID clientId) {
        return guards.write(() -> client.grant(clientId, Map.of()));
    }

    public Uni<CompanyConsentView> decline(UUID clientId, String reason) {
        return guards.write(() -> client.decline(clientId, new ConsentAnswer(reason)));
    }

    public Uni<CompanyConsentView> revoke(UUID clientId, String reason) {
        return guards.write(() -> client.revoke(clientId, new ConsentAnswer(reason)));
    }

    public Uni<CaseMenu> menu(UUID clientId) {
        return guards.read(() -> client.menu(clientId));
    }

    public Uni<List<Contact>> contacts(UUID clientId) {
        return guards.read(() -> client.contacts(clientId));
    }

    /** The company's open cases ({@code closed} false) or its history, the latest change first. */
    public Uni<ServicePage<CaseCard>> cases(UUID clientId, boolean closed, int page, int size) {
        return guards.read(() -> client.cases(clientId, closed ? "closed" : "open", page, size));
    }

    public Uni<CaseView> ask(UUID clientId, Question question) {
        return guards.write(() -> client.ask(clientId, question));
    }

    public Uni<CaseView> get(UUID clientId, UUID id) {
        return guards.read(() -> client.get(clientId, id));
    }

    /** Keeps a partial answer for later: the answer saved is replaced by this one wholly. */
    public Uni<CaseView> save(UUID clientId, UUID id, Answer answer) {
        return guards.write(() -> client.save(clientId, id, new AnswerBody(answer)));
    }

    /** Saves the answer and sends it: the agency's turn (an information: closed). */
    public Uni<CaseView> submit(UUID clientId, UUID id, Answer answer) {
        return guards.write(() -> client.submit(clientId, id, new AnswerBody(answer)));
    }

    /** The company has seen the case: its unread marker goes. */
    public Uni<Void> read(UUID clientId, UUID id) {
        return guards.write(() -> client.read(clientId, id));
    }

    public Uni<ServicePage<Comment>> comments(UUID clientId, UUID id, int page, int size) {
        return guards.read(() -> client.comments(clientId, id, page, size));
    }

    /** Every comment on the case, oldest first. */
    public Uni<List<Comment>> comments(UUID clientId, UUID id) {
        return ServicePage.all(page -> comments(clientId, id, page, ServicePage.LARGEST), MAX_PAGES);
    }

    public Uni<Comment> comment(UUID clientId, UUID id, String text) {
        return guards.write(() -> client.comment(clientId, id, new Text(text)));
    }

    public Uni<ServicePage<HistoryEntry>> history(UUID clientId, UUID id, int page, int size) {
        return guards.read(() -> client.history(clientId, id, page, size));
    }

    /** Every step of the case, oldest first. */
    public Uni<List<HistoryEntry>> history(UUID clientId, UUID id) {
        return ServicePage.all(page -> history(clientId, id, page, ServicePage.LARGEST), MAX_PAGES);
    }

    /** A file for {@code item} (a document's or a form field's key), sent as it is. */
    public Uni<Attachment> attach(UUID clientId, UUID id, String item, String fileName, byte[] content) {
        return guards.write(() -> client.attach(clientId, id, item, fileName, content));
    }

    public Uni<FileDownload> download(UUID clientId, UUID id, UUID attachmentId) {
        return guards.read(() -> client.download(clientId, id, attachmentId)).map(answer -> new FileDownload(
                answer.getEntity(), answer.getMediaType() == null ? null : answer.getMediaType().toString(),
                answer.getHeaderString(HttpHeaders.CONTENT_DISPOSITION)));
    }

    /** Removes one of the company's own files. */
    public Uni<Attachment> remove(UUID clientId, UUID id, UUID attachmentId) {
        return guards.write(() -> client.remove(clientId, id, attachmentId));
    }
}
