package se.byra.cases.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.byra.cases.Side;
import se.byra.cases.casefile.CaseHistory.What;
import se.byra.cases.casefile.CaseStatus.Step;

/** A withdrawn consent closes the client's open cases, each with its own CaseClosed; drafts stay the agency's. */
@ApplicationScoped
public class Revocation {

    @Inject
    EntityManager em;

    @Inject
    CaseEvents events;

    /** How many were closed, and the staff responsible for them (each once). */
    public record Closed(int count, List<UUID> assignees) {
    }

    @Transactional(TxType.MANDATORY)
    public Closed closeOpenCases(UUID clientId, String byName, Instant at) {
        List<Case> open = em.createQuery("from Case where clientId = :client and status in :open order by id",
                Case.class).setParameter("client", clientId)
                .setParameter("open", List.of(CaseStatus.WAITING_FOR_CLIENT, CaseStatus.WAITING_FOR_AGENCY))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<UUID> assignees = new ArrayList<>();
        for (Case c : open) {
            c.step(Step.REVOKE, Side.CLIENT, at);
            CaseFlow.closed(c, Case.ClosingReason.CONSENT_REVOKED, null, at);
            CaseHistory.record(c.id, What.CONSENT_REVOKED, Side.CLIENT, byName, null, at);
            events.closed(c, byName, Side.CLIENT);
            CaseEvents.agencySide(c).stream().filter(id -> !assignees.contains(id)).forEach(assignees::add);
        }
        return new Closed(open.size(), assignees);
    }
}
