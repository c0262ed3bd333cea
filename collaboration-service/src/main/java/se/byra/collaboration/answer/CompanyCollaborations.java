package se.byra.collaboration.answer;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.byra.collaboration.answer.CompanyApi.CollaborationTask;
import se.byra.collaboration.answer.CompanyApi.CompanyCollaborationView;
import se.byra.collaboration.catalogue.Catalogue;
import se.byra.collaboration.catalogue.SharedService;
import se.byra.collaboration.collaboration.ClientService;
import se.byra.collaboration.collaboration.Collaboration;
import se.byra.collaboration.collaboration.CollaborationApi.Accept;
import se.byra.collaboration.collaboration.CollaborationApi.ClientEnd;
import se.byra.collaboration.collaboration.CollaborationApi.Decline;
import se.byra.collaboration.collaboration.CollaborationApi.HistoryView;
import se.byra.collaboration.collaboration.CollaborationEvents;
import se.byra.collaboration.collaboration.CollaborationStatus;
import se.byra.collaboration.collaboration.Collaborations;
import se.byra.collaboration.collaboration.Endings;
import se.byra.collaboration.collaboration.HistoryEntry;
import se.byra.collaboration.collaboration.HistoryEntry.Step;
import se.byra.collaboration.collaboration.ServiceDecision;
import se.byra.collaboration.collaboration.Side;
import se.byra.collaboration.collaboration.Views;
import se.byra.platform.access.ClientUserAccess;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.ProblemException;

/**
 * A client company's collaborations as its users see them, and what its administrators answer: approve an
 * invitation and its terms, decline it, end a collaboration, keep the service alone or end it. Any member reads;
 * only an administrator answers (403 for a user, 404 for another company's).
 */
@ApplicationScoped
public class CompanyCollaborations {

    /** The invitation is past its time: it cannot be answered, the agency may send it again. */
    public static final URI INVITATION_EXPIRED = URI.create("tag:byra.se,2026:problem:invitation-expired");
    /** The terms shown are not the ones in force any more: read and approve the new ones. */
    public static final URI TERMS_CHANGED = URI.create("tag:byra.se,2026:problem:terms-changed");

    @Inject
    Catalogue catalogue;

    @Inject
    CollaborationEvents events;

    @Inject
    Endings endings;

    @Inject
    EntityManager em;

    /** The company's collaborations: waiting invitations first, then active ones, then the rest, newest first. */
    @Transactional
    public Page<CompanyCollaborationView> list(ClientUserAccess user, UUID clientId, PageRequest paging,
            String language) {
        boolean administrator = user.requireClient(clientId).administrator();
        String where = "clientId = ?1 and status <> ?2";
        var query = Collaboration.find(where + " order by case status when ?3 then 0 when ?4 then 1 else 2 end, "
                + "updatedAt desc, id", clientId, CollaborationStatus.UNLINKED, CollaborationStatus.INVITED,
                CollaborationStatus.ACTIVE).page(io.quarkus.panache.common.Page.of(paging.page, paging.size));
        List<CompanyCollaborationView> items = query.<Collaboration>list().stream()
                .map(c -> view(c, administrator, language)).toList();
        return Page.of(items, paging, Collaboration.count(where, clientId, CollaborationStatus.UNLINKED));
    }

    @Transactional
    public CompanyCollaborationView get(ClientUserAccess user, UUID clientId, UUID id, String language) {
        boolean administrator = user.requireClient(clientId).administrator();
        return view(find(clientId, id), administrator, language);
    }

    @Transactional
    public Page<HistoryView> history(ClientUserAccess user, UUID clientId, UUID id, PageRequest paging) {
        user.requireClient(clientId);
        find(clientId, id);
        return Collaborations.historyOf(id, paging);
    }

    /**
     * The administrator approves the collaboration and the terms they were shown: it is active, the terms' version,
     * who and when are kept.
     */
    @Transactional
    public CompanyCollaborationView accept(ClientUserAccess user, UUID clientId, UUID id, Accept request, String name,
            String language) {
        Collaboration c = answerable(user, clientId, id);
        SharedService service = catalogue.find(c.service).orElseThrow();
        if (!service.terms().version().equals(request.termsVersion())) {
            throw new ProblemException(409, TERMS_CHANGED, "Terms changed", "The terms of " + c.service + " are "
                    + "version " + service.terms().version() + " now, not " + request.termsVersion() + ": read the "
                    + "new terms and approve them", List.of());
        }
        Instant now = Instant.now();
        answered(c, user, name, now);
        c.status = CollaborationStatus.ACTIVE;
        c.termsVersion = service.terms().version();
        c.activatedAt = now;
        ClientService.start(c.clientId, c.service, ClientService.StartedBy.AGENCY, now);
        HistoryEntry.record(c.id, Step.ACCEPTED, Side.CLIENT, name, List.of(), "terms " + c.termsVersion, now);
        events.activated(c, "INVITATION");
        return view(c, true, language);
    }

    @Transactional
    public CompanyCollaborationView decline(ClientUserAccess user, UUID clientId, UUID id, Decline request,
            String name, String language) {
        Collaboration c = answerable(user, clientId, id);
        Instant now = Instant.now();
        answered(c, user, name, now);
        c.status = CollaborationStatus.DECLINED;
        c.declineReason = request == null || request.reason() == null || request.reason().isBlank() ? null
                : request.reason().strip();
        Collaboration.flush();
        Endings.invitationLapsed(c, now);
        HistoryEntry.record(c.id, Step.DECLINED, Side.CLIENT, name, List.of(), c.declineReason, now);
        events.declined(c);
        return view(c, true, language);
    }

    /** The administrator ends the collaboration, now or on a later day, and says whether the company keeps the service. */
    @Transactional
    public CompanyCollaborationView end(ClientUserAccess user, UUID clientId, UUID id, ClientEnd request, String name,
            String language) {
        Collaboration c = administered(user, clientId, id);
        endings.end(c, Side.CLIENT, name, request.endsOn(),
                request.keepService() ? ServiceDecision.KEEP : ServiceDecision.END);
        Collaboration.flush();
        return view(c, true, language);
    }

    /** The administrator withdraws the ending the company set for a later day. */
    @Transactional
    public CompanyCollaborationView withdrawEnding(ClientUserAccess user, UUID clientId, UUID id, String name,
            String language) {
        Collaboration c = administered(user, clientId, id);
        endings.withdraw(c, Side.CLIENT, name);
        Collaboration.flush();
        return view(c, true, language);
    }

    /** After the agency ended the collaboration (or set its last day): the company keeps the service alone or ends it. */
    @Transactional
    public CompanyCollaborationView decide(ClientUserAccess user, UUID clientId, UUID id, boolean keepService,
            String name, String language) {
        Collaboration c = administered(user, clientId, id);
        if (!awaitingDecision(c)) {
            throw ProblemException.conflict("Nothing to decide: " + (c.serviceDecision != null
                    ? "the company already chose to " + (c.serviceDecision == ServiceDecision.KEEP ? "keep" : "end")
                            + " the service"
                    : "the agency has not ended this collaboration"));
        }
        Instant now = Instant.now();
        c.serviceDecision = keepService ? ServiceDecision.KEEP : ServiceDecision.END;
        c.updatedAt = now;
        if (!keepService && c.status == CollaborationStatus.ENDED) {
            ClientService.stop(c.clientId, c.service, now);
        }
        HistoryEntry.record(c.id, keepService ? Step.SERVICE_KEPT : Step.SERVICE_ENDED, Side.CLIENT, name, List.of(),
                null, now);
        Collaboration.flush();
        return view(c, true, language);
    }

    /**
     * What the caller is to do, across the companies they administer: invitations to answer (soonest expiry first),
     * then services to decide on after an ending.
     */
    @Transactional
    public Page<CollaborationTask> tasks(ClientUserAccess user, PageRequest paging, String language) {
        List<UUID> administered = user.memberships().stream().filter(m -> m.administrator())
                .map(m -> m.clientId()).toList();
        if (administered.isEmpty()) {
            return Page.of(List.of(), paging, 0);
        }
        String from = " from Collaboration c join KnownClient k on k.clientId = c.clientId where c.clientId in :clients"
                + " and ((c.status = :invited and c.expiresAt > :now) or (c.serviceDecision is null"
                + " and c.endSide = :agency and (c.status = :ended or (c.status = :active and c.endsOn is not null))))";
        var query = em.createQuery("select c, k.name" + from + " order by case when c.status = :invited then 0 else 1 "
                + "end, c.expiresAt, c.endsOn, c.id", Object[].class);
        var count = em.createQuery("select count(c)" + from, Long.class);
        for (var q : List.of(query, count)) {
            q.setParameter("clients", administered).setParameter("invited", CollaborationStatus.INVITED)
                    .setParameter("now", Instant.now()).setParameter("agency", Side.AGENCY)
                    .setParameter("ended", CollaborationStatus.ENDED).setParameter("active", CollaborationStatus.ACTIVE);
        }
        List<CollaborationTask> items = query.setFirstResult(paging.page * paging.size).setMaxResults(paging.size)
                .getResultList().stream().map(row -> {
                    Collaboration c = (Collaboration) row[0];
                    boolean invitation = c.status == CollaborationStatus.INVITED;
                    return new CollaborationTask(c.clientId, (String) row[1], c.id,
                            catalogue.find(c.service).map(s -> s.name().in(language)).orElse(c.service),
                            invitation ? CollaborationTask.Kind.ANSWER_INVITATION : CollaborationTask.Kind.DECIDE_SERVICE,
                            invitation ? c.expiresAt : null, invitation ? null : c.endsOn);
                }).toList();
        return Page.of(items, paging, count.getSingleResult());
    }

    /** The invitation, locked, if the caller administers its company and it may still be answered. */
    private static Collaboration answerable(ClientUserAccess user, UUID clientId, UUID id) {
        Collaboration c = administered(user, clientId, id);
        if (c.status == CollaborationStatus.EXPIRED
                || (c.status == CollaborationStatus.INVITED && !c.expiresAt.isAfter(Instant.now()))) {
            throw new ProblemException(409, INVITATION_EXPIRED, "Invitation expired", "The invitation expired on "
                    + c.expiresAt + ": ask the agency to send it again", List.of());
        }
        if (c.status != CollaborationStatus.INVITED) {
            throw ProblemException.conflict("The invitation was already answered: the collaboration is " + c.status);
        }
        return c;
    }

    private static void answered(Collaboration c, ClientUserAccess user, String name, Instant now) {
        c.answeredAt = now;
        c.answeredById = user.clientUserId().orElseThrow();
        c.answeredByName = name;
        c.updatedAt = now;
    }

    /** The company's collaboration, locked for a change: 404 for another company's, 403 for a member who is no administrator. */
    private static Collaboration administered(ClientUserAccess user, UUID clientId, UUID id) {
        user.requireAdministrator(clientId);
        find(clientId, id);
        return Collaboration.lock(id);
    }

    /** The company's collaboration; another company's, or an unlinked import, is 404. */
    private static Collaboration find(UUID clientId, UUID id) {
        Collaboration c = Collaboration.findById(id);
        if (c == null || !c.clientId.equals(clientId) || c.status == CollaborationStatus.UNLINKED) {
            throw ProblemException.notFound("Collaboration", id);
        }
        return c;
    }

    private static boolean awaitingDecision(Collaboration c) {
        return c.serviceDecision == null && c.endSide == Side.AGENCY && (c.status == CollaborationStatus.ENDED
                || (c.status == CollaborationStatus.ACTIVE && c.endsOn != null));
    }

    private CompanyCollaborationView view(Collaboration c, boolean administrator, String language) {
        SharedService service = catalogue.find(c.service).orElseThrow();
        SharedService.Variant variant = c.variant == null ? null : service.variant(c.variant);
        boolean waiting = c.status == CollaborationStatus.INVITED && c.expiresAt.isAfter(Instant.now());
        return new CompanyCollaborationView(c.id, c.clientId, c.service, service.name().in(language),
                service.summary().in(language), service.steps().in(language), c.status, c.invoiceRecipient, c.variant,
                variant == null ? null : variant.name().in(language),
                variant == null ? null : variant.description().in(language), c.agreementMonths,
                c.agencyPaymentRecipient, c.invitedAt, c.invitedByName, c.expiresAt,
                waiting ? Views.service(service, language).terms() : null, c.answeredAt, c.answeredByName,
                c.termsVersion, c.declineReason, c.activatedAt, c.endsOn, c.endSide, c.endByName, c.endedAt,
                c.serviceDecision, administrator && waiting, administrator && awaitingDecision(c));
    }
}
