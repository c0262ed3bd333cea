package se.byra.cases.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.byra.cases.Problems;
import se.byra.cases.Side;
import se.byra.cases.casefile.Revocation;
import se.byra.cases.consent.ConsentApi.Answer;
import se.byra.cases.consent.ConsentApi.CompanyConsentView;
import se.byra.cases.consent.ConsentApi.ConsentItem;
import se.byra.cases.consent.ConsentApi.ConsentView;
import se.byra.cases.consent.ConsentApi.HistoryView;
import se.byra.cases.consent.ConsentApi.Refusal;
import se.byra.cases.consent.ConsentApi.RefusalCode;
import se.byra.cases.consent.ConsentHistory.Step;
import se.byra.cases.directory.KnownClient;
import se.byra.cases.directory.KnownStaff;
import se.byra.platform.access.ClientUserAccess;
import se.byra.platform.access.Membership;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.events.cases.ConsentDeclined;
import se.byra.platform.events.cases.ConsentGranted;
import se.byra.platform.events.cases.ConsentRequested;
import se.byra.platform.events.cases.ConsentRevoked;
import se.byra.platform.messaging.outbox.Outbox;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.ProblemException;

/**
 * A client's consent to case management. Staff invite (the main contact is checked first, each refusal with its own
 * problem type); the company's administrator grants, declines, or later revokes it, which closes the open cases.
 * The consent's row is locked before any change, so two answers at once run one after the other.
 */
@ApplicationScoped
public class Consents {

    @Inject
    Outbox outbox;

    @Inject
    Revocation revocation;

    @Inject
    EntityManager em;

    /** The client's consent and what stands in the way of inviting it. */
    @Transactional
    public ConsentView view(StaffAccess staff, UUID clientId) {
        KnownClient client = KnownClient.visibleTo(staff, clientId);
        return view(client, Consent.findById(clientId));
    }

    /** Invites the client (again): the invitation goes to its main contact as the register has them now. */
    @Transactional
    public ConsentView request(StaffAccess staff, UUID clientId, String byName) {
        KnownClient client = KnownClient.visibleTo(staff, clientId);
        List<Refusal> refusals = refusals(client);
        if (!refusals.isEmpty()) {
            throw refused(refusals.get(0));
        }
        Consent consent = Consent.locked(clientId);
        Instant now = Instant.now();
        boolean resent = consent != null;
        if (consent == null) {
            consent = new Consent();
            consent.clientId = clientId;
            consent.agencyId = client.agencyId;
        } else if (consent.status == ConsentStatus.GRANTED) {
            throw Problems.conflict("consent-granted", "Consent already granted",
                    "The client has already consented to case management");
        }
        consent.status = ConsentStatus.REQUESTED;
        consent.mainContactName = client.mainContactName;
        consent.mainContactEmail = client.mainContactEmail.toLowerCase(Locale.ROOT);
        consent.requestedAt = now;
        consent.requestedById = staff.staffId().orElse(null);
        consent.requestedByName = byName;
        consent.answeredAt = null;
        consent.answeredById = null;
        consent.answeredByName = null;
        consent.reason = null;
        consent.updatedAt = now;
        consent.persist();
        ConsentHistory.record(clientId, resent ? Step.RESENT : Step.REQUESTED, Side.AGENCY, byName, null, now);
        outbox.publish(ConsentRequested.TYPE, client.agencyId, clientId, new ConsentRequested(clientId, client.name,
                consent.mainContactName, consent.mainContactEmail, consent.requestedById, byName, resent, now));
        return view(client, consent);
    }

    /** The agency's clients that have been invited, by status, the latest change first. */
    @Transactional
    public Page<ConsentItem> list(StaffAccess staff, ConsentStatus status, PageRequest paging) {
        StringBuilder where = new StringBuilder(" from Consent c join KnownClient k on k.clientId = c.clientId"
                + " where c.agencyId = :agency");
        Map<String, Object> params = new HashMap<>(staff.parameters());
        params.put("agency", staff.agencyId());
        if (status != null) {
            where.append(" and c.status = :status");
            params.put("status", status);
        }
        where.append(staff.and("c.clientId"));
        var query = em.createQuery("select c.clientId, k.name, c.status, c.updatedAt" + where
                + " order by c.updatedAt desc, c.clientId", Object[].class);
        var count = em.createQuery("select count(c)" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<ConsentItem> items = query.setFirstResult(paging.page * paging.size).setMaxResults(paging.size)
                .getResultList().stream().map(row -> new ConsentItem((UUID) row[0], (String) row[1],
                        (ConsentStatus) row[2], (Instant) row[3])).toList();
        return Page.of(items, paging, count.getSingleResult());
    }

    /** The company's consent as its people see it. */
    @Transactional
    public CompanyConsentView companyView(ClientUserAccess user, UUID clientId) {
        Membership membership = user.requireClient(clientId);
        return companyView(Consent.findById(clientId), clientId, membership.administrator());
    }

    @Transactional
    public CompanyConsentView grant(ClientUserAccess user, UUID clientId, String byName) {
        Consent consent = answerable(user, clientId, ConsentStatus.REQUESTED, "consent-not-requested",
                "There is no invitation to answer");
        Instant now = answered(consent, user, ConsentStatus.GRANTED, byName, null);
        ConsentHistory.record(clientId, Step.GRANTED, Side.CLIENT, byName, null, now);
        outbox.publish(ConsentGranted.TYPE, consent.agencyId, clientId, new ConsentGranted(clientId,
                KnownClient.nameOf(clientId), consent.answeredById, byName, requester(consent), now));
        return companyView(consent, clientId, true);
    }

    @Transactional
    public CompanyConsentView decline(ClientUserAccess user, UUID clientId, Answer body, String byName) {
        Consent consent = answerable(user, clientId, ConsentStatus.REQUESTED, "consent-not-requested",
                "There is no invitation to answer");
        Instant now = answered(consent, user, ConsentStatus.DECLINED, byName, body.reason());
        ConsentHistory.record(clientId, Step.DECLINED, Side.CLIENT, byName, body.reason(), now);
        outbox.publish(ConsentDeclined.TYPE, consent.agencyId, clientId, new ConsentDeclined(clientId,
                KnownClient.nameOf(clientId), consent.answeredById, byName, body.reason(), requester(consent), now));
        return companyView(consent, clientId, true);
    }

    /** Withdraws the consent: the open cases close with a note, drafts stay the agency's, history stays readable. */
    @Transactional
    public CompanyConsentView revoke(ClientUserAccess user, UUID clientId, Answer body, String byName) {
        Consent consent = answerable(user, clientId, ConsentStatus.GRANTED, "consent-not-granted",
                "There is no consent to withdraw");
        Instant now = answered(consent, user, ConsentStatus.REVOKED, byName, body.reason());
        ConsentHistory.record(clientId, Step.REVOKED, Side.CLIENT, byName, body.reason(), now);
        Revocation.Closed closed = revocation.closeOpenCases(clientId, byName, now);
        List<UUID> staffIds = new ArrayList<>(requester(consent));
        closed.assignees().stream().filter(id -> !staffIds.contains(id)).forEach(staffIds::add);
        outbox.publish(ConsentRevoked.TYPE, consent.agencyId, clientId, new ConsentRevoked(clientId,
                KnownClient.nameOf(clientId), consent.answeredById, byName, body.reason(), closed.count(), staffIds,
                now));
        return companyView(consent, clientId, true);
    }

    /** The three facts of the register that stop an invitation, in the order a person fixes them. */
    static List<Refusal> refusals(KnownClient client) {
        List<Refusal> refusals = new ArrayList<>();
        String email = client.mainContactEmail;
        if (email == null || email.isBlank()) {
            refusals.add(new Refusal(RefusalCode.MAIN_CONTACT_EMAIL_MISSING, "The client's main contact has no "
                    + "e-mail address: add one to the main contact in the client register"));
        }
        if (!client.addressComplete()) {
            refusals.add(new Refusal(RefusalCode.ADDRESS_INCOMPLETE, "The client's address is incomplete: street, "
                    + "postal code and city are needed in the client register"));
        }
        if (email != null && !email.isBlank() && KnownStaff.isStaffEmail(email)) {
            refusals.add(new Refusal(RefusalCode.MAIN_CONTACT_IS_STAFF, "The main contact's e-mail address belongs to "
                    + "a staff member: the invitation must go to a person at the client"));
        }
        return refusals;
    }

    private static ProblemException refused(Refusal refusal) {
        return switch (refusal.code()) {
            case MAIN_CONTACT_EMAIL_MISSING -> Problems.unprocessable("main-contact-email-missing",
                    "Main contact has no e-mail", refusal.detail(), "mainContactEmail");
            case ADDRESS_INCOMPLETE -> Problems.unprocessable("client-address-incomplete", "Address incomplete",
                    refusal.detail(), "address");
            case MAIN_CONTACT_IS_STAFF -> Problems.unprocessable("main-contact-is-staff",
                    "Main contact is a staff member", refusal.detail(), "mainContactEmail");
        };
    }

    private static Consent answerable(ClientUserAccess user, UUID clientId, ConsentStatus expected, String type,
            String otherwise) {
        user.requireAdministrator(clientId);
        Consent consent = Consent.locked(clientId);
        if (consent == null || consent.status != expected) {
            throw Problems.conflict(type, "Consent not " + expected.name().toLowerCase(Locale.ROOT),
                    otherwise);
        }
        return consent;
    }

    private static Instant answered(Consent consent, ClientUserAccess user, ConsentStatus status, String byName,
            String reason) {
        Instant now = Instant.now();
        consent.status = status;
        consent.answeredAt = now;
        consent.answeredById = user.clientUserId().orElseThrow();
        consent.answeredByName = byName;
        consent.reason = reason;
        consent.updatedAt = now;
        return now;
    }

    private static List<UUID> requester(Consent consent) {
        return consent.requestedById == null ? List.of() : List.of(consent.requestedById);
    }

    private static ConsentView view(KnownClient client, Consent consent) {
        List<Refusal> refusals = refusals(client);
        if (consent == null) {
            return new ConsentView(client.clientId, ConsentStatus.NONE, null, null, null, null, null, null, null,
                    refusals, List.of());
        }
        List<HistoryView> history = ConsentHistory.of(client.clientId).stream()
                .map(h -> new HistoryView(h.at, h.what, h.side, h.byName, h.note)).toList();
        return new ConsentView(client.clientId, consent.status, consent.mainContactName, consent.mainContactEmail,
                consent.requestedAt, consent.requestedByName, consent.answeredAt, consent.answeredByName,
                consent.reason, consent.status == ConsentStatus.GRANTED ? List.of() : refusals, history);
    }

    private static CompanyConsentView companyView(Consent consent, UUID clientId, boolean administrator) {
        if (consent == null) {
            return new CompanyConsentView(clientId, ConsentStatus.NONE, null, null, null, null, null, false);
        }
        boolean answerable = consent.status == ConsentStatus.REQUESTED || consent.status == ConsentStatus.GRANTED;
        return new CompanyConsentView(clientId, consent.status, consent.requestedAt, consent.requestedByName,
                consent.answeredAt, consent.answeredByName, consent.reason, administrator && answerable);
    }
}
