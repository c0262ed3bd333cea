package se.byra.engagement.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import se.byra.engagement.client.Client;
import se.byra.engagement.client.ClientResponsibility;
import se.byra.engagement.engagement.EngagementApi.CreateEngagement;
import se.byra.engagement.engagement.EngagementApi.EngagementSummary;
import se.byra.engagement.engagement.EngagementApi.EngagementView;
import se.byra.engagement.engagement.EngagementApi.LetterView;
import se.byra.engagement.staff.ActiveStaff;
import se.byra.engagement.staff.StaffMember;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.messaging.outbox.Outbox;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.ProblemException;

/** Engagements and their letters; signing a letter puts the engagement in force. */
@ApplicationScoped
public class EngagementService {

    @Inject
    Outbox outbox;

    @Inject
    ClientResponsibility responsibility;

    /**
     * Creates the engagement with a draft letter. Its owner and participants join the people responsible
     * for the client; when that adds someone, the client's new set is published.
     */
    @Transactional
    public EngagementView create(StaffAccess staff, CreateEngagement request) {
        UUID agencyId = staff.agencyId();
        staff.requireClient(request.clientId());
        Client client = Client.lockInAgency(agencyId, request.clientId());
        if (client == null) {
            throw ProblemException.notFound("Client", request.clientId());
        }
        if (request.periodEnd() != null && request.periodEnd().isBefore(request.periodStart())) {
            throw ProblemException.invalidField("periodEnd", "must not be before periodStart");
        }
        List<UUID> participants = request.participantIds() == null ? List.of() : request.participantIds();
        requireActiveStaff(agencyId, request.ownerId(), participants);
        Set<UUID> responsibleBefore = responsibility.of(client.id);
        Instant now = Instant.now();
        Engagement engagement = new Engagement();
        engagement.id = UUID.randomUUID();
        engagement.agencyId = agencyId;
        engagement.client = client;
        engagement.title = request.title().strip();
        engagement.ownerId = request.ownerId();
        engagement.participantIds = new ArrayList<>(new LinkedHashSet<>(participants));
        engagement.periodStart = request.periodStart();
        engagement.periodEnd = request.periodEnd();
        engagement.createdAt = now;
        engagement.persist();

        EngagementLetter letter = new EngagementLetter();
        letter.id = UUID.randomUUID();
        letter.engagement = engagement;
        letter.letterVersion = 1;
        letter.terms = request.terms() == null ? "" : request.terms();
        letter.createdAt = now;
        letter.persist();
        responsibility.changed(agencyId, client.id, responsibleBefore);
        return view(engagement, letter);
    }

    /** The owner and each participant are active staff members of the agency (one query for all of them). */
    private static void requireActiveStaff(UUID agencyId, UUID ownerId, List<UUID> participantIds) {
        List<UUID> named = new ArrayList<>(participantIds);
        named.add(ownerId);
        ActiveStaff staff = ActiveStaff.of(agencyId, named);
        staff.require("ownerId", ownerId);
        for (int i = 0; i < participantIds.size(); i++) {
            staff.require("participantIds[" + i + "]", participantIds.get(i));
        }
    }

    @Transactional
    public EngagementView get(StaffAccess staff, UUID id) {
        Engagement engagement = find(staff, id);
        return view(engagement, EngagementLetter.current(engagement.id));
    }

    @Transactional
    public se.byra.platform.web.paging.Page<EngagementSummary> list(StaffAccess staff, UUID clientId,
            PageRequest paging) {
        String where = (clientId == null ? "agencyId = :agency" : "agencyId = :agency and client.id = :client")
                + staff.and("client.id");
        Parameters params = Parameters.with("agency", staff.agencyId());
        if (clientId != null) {
            params.and("client", clientId);
        }
        staff.parameters().forEach(params::and);
        var query = Engagement.find(where, Sort.by("periodStart").descending().and("id"), params)
                .page(Page.of(paging.page, paging.size));
        List<EngagementSummary> items = query.<Engagement>list().stream()
                .map(e -> new EngagementSummary(e.id, e.client.id, e.title, e.periodStart, e.periodEnd, e.status))
                .toList();
        return se.byra.platform.web.paging.Page.of(items, paging, query.count());
    }

    /**
     * Records the signature on the current letter and, in the same transaction, the
     * {@link EngagementSigned} event: both happen, or neither.
     */
    @Transactional
    public EngagementView sign(StaffAccess staff, UUID id, Signer signer) {
        UUID agencyId = staff.agencyId();
        Engagement engagement = find(staff, id);
        EngagementLetter letter = EngagementLetter.current(engagement.id);
        if (!letter.status.canBeSigned()) {
            throw ProblemException.conflict("Letter version " + letter.letterVersion + " is " + letter.status
                    + " and cannot be signed");
        }
        letter.status = LetterStatus.SIGNED;
        letter.signedAt = Instant.now();
        letter.signedBy = signer.subject();
        letter.signedByName = signer.name();
        letter.signedFrom = signer.address();
        letter.documentSha256 = EngagementLetter.sha256(letter.signedDocument());
        engagement.status = EngagementStatus.ACTIVE;

        outbox.publish(EngagementSigned.TYPE, agencyId, engagement.id, new EngagementSigned(
                engagement.id, letter.id, letter.letterVersion, engagement.client.id, engagement.client.name,
                engagement.client.organisationNumber, engagement.title, engagement.ownerId,
                List.copyOf(engagement.participantIds), engagement.periodStart, engagement.periodEnd,
                letter.signedAt));
        return view(engagement, letter);
    }

    /** Who signs, as evidence: the identity provider's subject, the name shown, the network address. */
    public record Signer(String subject, String name, String address) {
    }

    /** The engagement, if it is the agency's and of a client the caller may see; else 404. */
    private static Engagement find(StaffAccess staff, UUID id) {
        Engagement engagement = Engagement.findInAgency(staff.agencyId(), id);
        if (engagement == null) {
            throw ProblemException.notFound("Engagement", id);
        }
        staff.requireClientOf(engagement.client.id, "Engagement", id);
        return engagement;
    }

    private static EngagementView view(Engagement e, EngagementLetter letter) {
        return new EngagementView(e.id, e.client.id, e.client.name, e.title, e.ownerId, StaffMember.nameOf(e.ownerId),
                List.copyOf(e.participantIds), e.periodStart, e.periodEnd, e.status,
                new LetterView(letter.id, letter.letterVersion, letter.status, letter.signedAt, letter.signedByName,
                        letter.documentSha256));
    }
}
