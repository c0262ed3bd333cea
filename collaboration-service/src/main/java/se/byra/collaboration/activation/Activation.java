package se.byra.collaboration.activation;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.byra.collaboration.CollaborationConfig;
import se.byra.collaboration.account.AccountService;
import se.byra.collaboration.account.ClientAccount;
import se.byra.collaboration.activation.ActivationApi.ActivationPreview;
import se.byra.collaboration.activation.ActivationApi.ClientServices;
import se.byra.collaboration.activation.ActivationApi.EngagementOption;
import se.byra.collaboration.activation.ActivationApi.MainContact;
import se.byra.collaboration.activation.ActivationApi.ServiceTile;
import se.byra.collaboration.catalogue.Catalogue;
import se.byra.collaboration.catalogue.SharedService;
import se.byra.collaboration.client.KnownClient;
import se.byra.collaboration.collaboration.ClientService;
import se.byra.collaboration.collaboration.Collaboration;
import se.byra.collaboration.collaboration.CollaborationApi.Activate;
import se.byra.collaboration.collaboration.CollaborationApi.CollaborationView;
import se.byra.collaboration.collaboration.CollaborationApi.Options;
import se.byra.collaboration.collaboration.CollaborationEvents;
import se.byra.collaboration.collaboration.CollaborationStatus;
import se.byra.collaboration.collaboration.Collaborations;
import se.byra.collaboration.collaboration.HistoryEntry;
import se.byra.collaboration.collaboration.HistoryEntry.Step;
import se.byra.collaboration.collaboration.OptionRules;
import se.byra.collaboration.collaboration.Scenario;
import se.byra.collaboration.collaboration.Side;
import se.byra.collaboration.collaboration.Views;
import se.byra.collaboration.engagement.KnownEngagement;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.web.problem.Problem;
import se.byra.platform.web.problem.ProblemException;

/**
 * Staff activate a collaboration with a client (seed 002): only on an engagement in force, and in one of three ways
 * depending on whether the client is a customer of the platform and already uses the service. Sending the invitation
 * again belongs here too, since it asks the same of the client.
 */
@ApplicationScoped
public class Activation {

    /** The client has no engagement in force: a collaboration rests on one. */
    public static final URI ENGAGEMENT_REQUIRED = URI.create("tag:byra.se,2026:problem:engagement-required");
    /** The client has an invited or active collaboration in the service already. */
    public static final URI COLLABORATION_EXISTS = URI.create("tag:byra.se,2026:problem:collaboration-exists");

    @Inject
    Catalogue catalogue;

    @Inject
    AccountService accounts;

    @Inject
    CollaborationEvents events;

    @Inject
    Collaborations collaborations;

    @Inject
    CollaborationConfig config;

    /** One tile per service of the catalogue for the client, from two queries whatever the catalogue holds. */
    @Transactional
    public ClientServices services(StaffAccess staff, UUID clientId, String language) {
        KnownClient client = KnownClient.visibleTo(staff, clientId);
        List<Collaboration> all = Collaboration.list("clientId = ?1 and service is not null", clientId);
        Map<String, ClientService> used = ClientService.<ClientService>list("clientId", clientId).stream()
                .collect(Collectors.toMap(s -> s.service, s -> s));
        List<ServiceTile> tiles = new ArrayList<>();
        for (SharedService service : catalogue.all()) {
            Collaboration shown = all.stream().filter(c -> c.service.equals(service.code()))
                    .max(Comparator.comparing((Collaboration c) -> c.status.open()).thenComparing(c -> c.updatedAt))
                    .orElse(null);
            ClientService use = used.get(service.code());
            tiles.add(new ServiceTile(service.code(), service.name().in(language), service.summary().in(language),
                    shown == null ? null : shown.id, shown == null ? null : shown.status,
                    use != null && use.endedAt == null,
                    shown != null && shown.status == CollaborationStatus.INVITED ? shown.expiresAt : null,
                    shown != null && shown.status == CollaborationStatus.ACTIVE ? shown.activatedAt : null,
                    shown != null && shown.status == CollaborationStatus.ACTIVE ? shown.endsOn : null));
        }
        return new ClientServices(clientId, client.name, ClientAccount.findById(clientId) != null,
                inForce(client).size(), tiles,
                Collaboration.count("clientId = ?1 and status = ?2", clientId, CollaborationStatus.UNLINKED));
    }

    /** What activating the service would do, and what is missing for it. */
    @Transactional
    public ActivationPreview preview(StaffAccess staff, UUID clientId, String serviceCode, String language) {
        KnownClient client = KnownClient.visibleTo(staff, clientId);
        SharedService service = catalogue.require("service", serviceCode);
        Scenario scenario = scenario(client, service);
        List<EngagementOption> engagements = inForce(client).stream()
                .map(e -> new EngagementOption(e.engagementId, e.title, e.periodStart, e.periodEnd)).toList();
        List<String> missing = scenario == Scenario.NEW_CUSTOMER
                ? AccountService.mainContactGaps(client).stream().map(Problem.FieldError::field).toList()
                : List.of();
        List<String> approvers = scenario == Scenario.NEW_CUSTOMER
                ? (client.mainContactName == null ? List.of() : List.of(client.mainContactName))
                : administrators(clientId);
        Collaboration open = Collaboration.open(clientId, service.code());
        return new ActivationPreview(clientId, client.name, Views.service(service, language), scenario, engagements,
                new MainContact(client.mainContactName, client.mainContactEmail, missing), approvers,
                open == null ? null : open.id, open == null ? null : open.status,
                !engagements.isEmpty() && missing.isEmpty() && open == null);
    }

    /**
     * Activates the collaboration: for a client without an account, the account first (its main contact the
     * administrator, through the account service); for a client without the service, the service; then the
     * invitation its administrators answer. The client's row is locked first, so two activations for one client run
     * one after the other (the second finds the account the first made); the partial unique index keeps one open
     * collaboration per service even so.
     */
    @Transactional
    public CollaborationView activate(StaffAccess staff, UUID clientId, Activate request, String subject, String name,
            String language) {
        KnownClient.visibleTo(staff, clientId);
        KnownClient client = KnownClient.findById(clientId, LockModeType.PESSIMISTIC_WRITE);
        SharedService service = catalogue.require("service", request.service());
        Options options = OptionRules.check(service, request.options());
        KnownEngagement engagement = engagementInForce(client, request.engagementId());
        Collaboration open = Collaboration.open(clientId, service.code());
        if (open != null) {
            throw new ProblemException(409, COLLABORATION_EXISTS, "Collaboration exists", client.name + " already has "
                    + (open.status == CollaborationStatus.INVITED ? "an invitation waiting" : "an active collaboration")
                    + " in " + service.code() + " (collaboration " + open.id + ")", List.of());
        }
        Instant now = Instant.now();
        Scenario scenario = scenario(client, service);
        if (scenario == Scenario.NEW_CUSTOMER) {
            accounts.create(staff, clientId, subject, name);
        }
        if (scenario != Scenario.EXISTING_SERVICE) {
            ClientService.start(clientId, service.code(), ClientService.StartedBy.AGENCY, now);
        }
        Collaboration c = new Collaboration();
        c.id = UUID.randomUUID();
        c.agencyId = client.agencyId;
        c.clientId = clientId;
        c.service = service.code();
        c.engagementId = engagement.engagementId;
        c.status = CollaborationStatus.INVITED;
        c.scenario = scenario;
        c.invoiceRecipient = options.invoiceRecipient();
        c.variant = options.variant();
        c.agreementMonths = options.agreementMonths();
        c.agencyPaymentRecipient = options.agencyPaymentRecipient();
        c.createdAt = now;
        send(c, staff, name, now);
        c.persist();
        Collaboration.flush();
        HistoryEntry.record(c.id, Step.INVITED, Side.AGENCY, name, List.of(), scenario.name(), now);
        events.invited(c, false);
        return collaborations.view(c, language);
    }

    /**
     * Sends the invitation again, with a new time to answer: a waiting one (a reminder), or an expired one (it
     * waits again). Refused for a collaboration answered or ended, and while the engagement is no longer in force.
     */
    @Transactional
    public CollaborationView resend(StaffAccess staff, UUID id, String name, String language) {
        Collaboration c = Collaborations.lock(staff, id);
        if (c.status != CollaborationStatus.INVITED && c.status != CollaborationStatus.EXPIRED) {
            throw ProblemException.conflict("Collaboration " + id + " is " + c.status + ": only a waiting or an expired "
                    + "invitation can be sent again");
        }
        KnownClient client = KnownClient.findById(c.clientId);
        engagementInForce(client, c.engagementId);
        if (c.status == CollaborationStatus.EXPIRED) {
            Collaboration open = Collaboration.open(c.clientId, c.service);
            if (open != null) {
                throw new ProblemException(409, COLLABORATION_EXISTS, "Collaboration exists", client.name
                        + " has another open collaboration in " + c.service + " (collaboration " + open.id + ")",
                        List.of());
            }
        }
        Instant now = Instant.now();
        c.status = CollaborationStatus.INVITED;
        send(c, staff, name, now);
        HistoryEntry.record(c.id, Step.INVITATION_RESENT, Side.AGENCY, name, List.of(), null, now);
        events.invited(c, true);
        return collaborations.view(c, language);
    }

    private void send(Collaboration c, StaffAccess staff, String name, Instant now) {
        c.invitedAt = now;
        c.invitedById = staff.staffId().orElse(null);
        c.invitedByName = name;
        c.expiresAt = now.plus(config.invitation().validFor());
        c.timesSent++;
        c.updatedAt = now;
    }

    private static Scenario scenario(KnownClient client, SharedService service) {
        if (ClientAccount.findById(client.clientId) == null) {
            return Scenario.NEW_CUSTOMER;
        }
        return ClientService.inUse(client.clientId, service.code()) ? Scenario.EXISTING_SERVICE : Scenario.NEW_SERVICE;
    }

    /** The client's engagements whose period has not ended, by start. */
    private List<KnownEngagement> inForce(KnownClient client) {
        return KnownEngagement.list("clientId = ?1 and agencyId = ?2 and (periodEnd is null or periodEnd >= ?3) "
                + "order by periodStart, engagementId", client.clientId, client.agencyId, today());
    }

    /** The engagement named, if it is one in force on the client: 422 when there is none at all, else 400. */
    public KnownEngagement engagementInForce(KnownClient client, UUID engagementId) {
        List<KnownEngagement> inForce = inForce(client);
        if (inForce.isEmpty()) {
            throw engagementRequired(client);
        }
        return inForce.stream().filter(e -> e.engagementId.equals(engagementId)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("engagementId", "not an engagement in force on "
                        + client.name + ": choose one of GET /engagements?clientId=" + client.clientId));
    }

    public static ProblemException engagementRequired(KnownClient client) {
        return new ProblemException(422, ENGAGEMENT_REQUIRED, "Engagement required", client.name + " has no "
                + "engagement in force: a collaboration rests on one. Create an engagement for the client and have its "
                + "letter signed, then activate the collaboration.",
                List.of(new Problem.FieldError("engagementId", "The client has no engagement in force")));
    }

    private LocalDate today() {
        return LocalDate.now(config.zone());
    }


    private static List<String> administrators(UUID clientId) {
        return Collaboration.getEntityManager().createQuery("select u.name from AccountMembership m, ClientUser u "
                + "where m.clientId = :client and u.id = m.clientUserId and m.role = "
                + "se.byra.collaboration.account.MembershipRole.ADMINISTRATOR order by u.name", String.class)
                .setParameter("client", clientId).getResultList();
    }

}
