package se.byra.collaboration.engagement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import se.byra.collaboration.engagement.EngagementApi.EngagementSummary;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.messaging.inbox.PoisonEventException;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.ProblemException;

/** Keeps and answers the read model of signed engagements. */
@ApplicationScoped
public class KnownEngagements {

    /**
     * Applies a signing. Runs inside the inbox transaction of the event. An amendment signed
     * later carries a higher letter version; an older version arriving late changes nothing.
     */
    @Transactional(TxType.MANDATORY)
    public void signed(UUID agencyId, EngagementSigned event) {
        if (agencyId == null) {
            throw new PoisonEventException("EngagementSigned without agencyid");
        }
        KnownEngagement known = KnownEngagement.findById(event.engagementId());
        if (known == null) {
            known = new KnownEngagement();
            known.engagementId = event.engagementId();
            known.agencyId = agencyId;
        } else if (!known.agencyId.equals(agencyId)) {
            throw new PoisonEventException("engagement " + event.engagementId() + " belongs to another agency");
        } else if (known.letterVersion > event.letterVersion()) {
            return;
        }
        known.clientId = event.clientId();
        known.clientName = event.clientName();
        known.organisationNumber = event.organisationNumber();
        known.title = event.title();
        known.ownerId = event.ownerId();
        known.participantIds = List.copyOf(event.participantIds());
        known.periodStart = event.periodStart();
        known.periodEnd = event.periodEnd();
        known.letterId = event.letterId();
        known.letterVersion = event.letterVersion();
        known.signedAt = event.signedAt();
        known.updatedAt = Instant.now();
        known.persist();
    }

    /** The engagement, if the caller may see its client: another agency's, or a client outside the scope, is 404. */
    @Transactional
    public EngagementSummary get(StaffAccess staff, UUID id) {
        KnownEngagement known = KnownEngagement.findInAgency(staff.agencyId(), id);
        if (known == null) {
            throw ProblemException.notFound("Engagement", id);
        }
        staff.requireClientOf(known.clientId, "Engagement", id);
        return summary(known);
    }

    /** The engagements of the clients the caller may see, optionally of one client, by client name. */
    @Transactional
    public se.byra.platform.web.paging.Page<EngagementSummary> list(StaffAccess staff, UUID clientId,
            PageRequest paging) {
        StringBuilder where = new StringBuilder("agencyId = :agency");
        Parameters params = Parameters.with("agency", staff.agencyId());
        if (clientId != null) {
            where.append(" and clientId = :client");
            params.and("client", clientId);
        }
        where.append(staff.and("clientId"));
        staff.parameters().forEach(params::and);
        var query = KnownEngagement.find(where.toString(), Sort.by("clientName").and("periodStart").and("engagementId"),
                params).page(Page.of(paging.page, paging.size));
        List<EngagementSummary> items = query.<KnownEngagement>list().stream().map(KnownEngagements::summary)
                .toList();
        return se.byra.platform.web.paging.Page.of(items, paging, query.count());
    }

    private static EngagementSummary summary(KnownEngagement k) {
        return new EngagementSummary(k.engagementId, k.clientId, k.clientName, k.organisationNumber, k.title,
                k.ownerId, k.participantIds, k.periodStart, k.periodEnd, k.letterVersion, k.signedAt);
    }
}
