package se.byra.collaboration.account;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import se.byra.collaboration.account.AccountApi.AccountUserView;
import se.byra.collaboration.account.AccountApi.ClientAccountView;
import se.byra.collaboration.account.AccountApi.InviteUser;
import se.byra.collaboration.account.ClientUsers.Member;
import se.byra.collaboration.client.KnownClient;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.events.cases.ConsentRequested;
import se.byra.platform.events.collaboration.ClientAccountCreated;
import se.byra.platform.identity.provisioning.Provisioning;
import se.byra.platform.messaging.inbox.PoisonEventException;
import se.byra.platform.messaging.outbox.Outbox;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.Problem;
import se.byra.platform.web.problem.ProblemException;
import se.byra.platform.web.problem.ProblemType;

/**
 * Client accounts as the agency's staff make and see them. Every operation first asks whether the caller
 * may see the client (404 otherwise, as for another agency's), then works on the client as this service
 * knows it from the client register's events. The one without a caller is {@link #openRequested}: the same
 * opening, on case-service's event.
 */
@ApplicationScoped
public class AccountService {

    /** The client's main contact lacks what the first administrator needs: a name and an e-mail to sign in with. */
    public static final URI MAIN_CONTACT_INCOMPLETE = URI.create("tag:byra.se,2026:problem:main-contact-incomplete");

    /**
     * Who opened an account, or granted its first administrator, on case-service's request: the staff member
     * who asked, by their id in the staff register (a token's subject is a UUID too, hence the prefix).
     */
    private static final String BY_STAFF_ID = "staff:";

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    @Inject
    Outbox outbox;

    @Inject
    ClientUsers users;

    @Inject
    Provisioning provisioning;

    /**
     * Opens the client to the portal: the account, and the client's main contact as its first administrator
     * (the person with that e-mail, made when there is none). One account per client: the primary key
     * decides between two requests at once.
     */
    @Transactional
    public ClientAccountView create(StaffAccess staff, UUID clientId, String subject, String name) {
        KnownClient client = KnownClient.visibleTo(staff, clientId);
        if (ClientAccount.findById(clientId) != null) {
            throw ProblemException.conflict(client.name + " already has an account: add its users in the portal.");
        }
        requireMainContact(client);
        return view(open(client, subject, name), client);
    }

    /**
     * Opens the account on case-service's invitation of the client to case management, as {@link #create} does
     * but as the system: when the client has none, and its main contact can be its administrator. What is
     * retried, skipped or dead-lettered, and why, is {@link ConsentRequestedHandler}'s to explain.
     */
    @Transactional(TxType.MANDATORY)
    public void openRequested(UUID agencyId, ConsentRequested request, Duration mainContactWait) {
        UUID clientId = request.clientId();
        if (agencyId == null) {
            throw new PoisonEventException("ConsentRequested for client " + clientId + " carries no agencyid");
        }
        if (request.requestedByName().isEmpty() || request.requestedByName().length() > 200) {
            throw new PoisonEventException("requestedByName is outside the contract's 1 to 200 characters");
        }
        KnownClient client = KnownClient.findById(clientId);
        if (client == null) {
            throw new NotKnownYetException("client " + clientId + " is not known here yet (its ClientRegistered "
                    + "is behind this ConsentRequested)");
        }
        if (!client.agencyId.equals(agencyId)) {
            LOG.warnf("ConsentRequested for client %s names agency %s, but the client belongs to another agency: "
                    + "skipped, no account opened", clientId, agencyId);
            return;
        }
        if (ClientAccount.findById(clientId) != null) {
            LOG.debugf("ConsentRequested for client %s: it has an account already", clientId);
            return;
        }
        List<Problem.FieldError> gaps = mainContactGaps(client);
        if (!gaps.isEmpty()) {
            String missing = String.join(", ", gaps.stream().map(Problem.FieldError::field).toList());
            if (client.updatedAt.isBefore(request.requestedAt())
                    && Instant.now().isBefore(request.requestedAt().plus(mainContactWait))) {
                throw new NotKnownYetException("the main contact of client " + clientId + " lacks " + missing
                        + " here, and the client register here is older than the request: waiting for its update");
            }
            LOG.warnf("ConsentRequested for client %s of agency %s: its main contact lacks %s here, so it cannot "
                    + "be the account's administrator: skipped, no account opened (add it to the main contact, "
                    + "then send the invitation again or open the account)", clientId, agencyId, missing);
            return;
        }
        open(client, BY_STAFF_ID + request.requestedById(), request.requestedByName());
    }

    /**
     * The account and the main contact as its first administrator (the person with that e-mail, made when there
     * is none), with their events and the login's provisioning request. The primary key decides between two
     * openings at once.
     */
    private ClientAccount open(KnownClient client, String by, String byName) {
        ClientAccount account = new ClientAccount();
        account.clientId = client.clientId;
        account.agencyId = client.agencyId;
        account.clientName = client.name;
        account.organisationNumber = client.organisationNumber;
        account.createdAt = Instant.now();
        account.createdBy = by;
        account.createdByName = byName;
        account.persist();
        ClientAccount.flush();
        outbox.publish(ClientAccountCreated.TYPE, account.agencyId, account.clientId, new ClientAccountCreated(
                account.clientId, account.clientName, account.organisationNumber, account.createdAt));
        ClientUser administrator = users.findOrCreate(client.mainContactEmail, client.mainContactName, Language.sv);
        users.grant(account, administrator, MembershipRole.ADMINISTRATOR, by);
        return account;
    }

    @Transactional
    public ClientAccountView get(StaffAccess staff, UUID clientId) {
        KnownClient client = KnownClient.visibleTo(staff, clientId);
        return view(account(client), client);
    }

    /** The account's users by name, then id. */
    @Transactional
    public Page<AccountUserView> users(StaffAccess staff, UUID clientId, PageRequest paging) {
        account(KnownClient.visibleTo(staff, clientId));
        return users.members(clientId, paging, AccountService::view);
    }

    /**
     * Staff give a person access to the client's account, as its administrator can in the portal: the agency helps
     * a client set up, and the demo data uses it.
     */
    @Transactional
    public AccountUserView invite(StaffAccess staff, UUID clientId, InviteUser invitation, String grantedBy) {
        return view(users.invite(account(KnownClient.visibleTo(staff, clientId)), invitation, grantedBy));
    }

    /** Tries the user's failed login again; refused when nothing failed. */
    @Transactional
    public AccountUserView retryProvisioning(StaffAccess staff, UUID clientId, UUID clientUserId) {
        account(KnownClient.visibleTo(staff, clientId));
        AccountMembership membership = AccountMembership.find(clientId, clientUserId);
        if (membership == null) {
            throw ProblemException.notFound("Client user", clientUserId);
        }
        ClientUser user = ClientUser.lock(clientUserId);
        if (user.provisioningState != ProvisioningState.FAILED
                || provisioning.retry(ClientUserProvisioning.owner(user.id)) == 0) {
            throw ProblemException.conflict("Nothing to try again: " + user.name + "'s login is "
                    + user.provisioningState.name().toLowerCase(Locale.ROOT) + ".");
        }
        ClientUserProvisioning.record(user.id, ProvisioningState.PENDING, user.subject, null);
        ClientUser.getEntityManager().refresh(user);
        return view(new Member(membership, user));
    }


    private static ClientAccount account(KnownClient client) {
        ClientAccount account = ClientAccount.findById(client.clientId);
        if (account == null) {
            throw new ProblemException(404, ProblemType.NOT_FOUND, "Not found", client.name + " has no account yet: "
                    + "create it (POST /clients/" + client.clientId + "/account) to open the portal to the client.",
                    List.of());
        }
        return account;
    }

    /** The first administrator is the main contact: without a name and an e-mail they cannot be one. */
    public static void requireMainContact(KnownClient client) {
        List<Problem.FieldError> missing = mainContactGaps(client);
        if (!missing.isEmpty()) {
            List<String> what = missing.stream()
                    .map(e -> e.field().equals("mainContactEmail") ? "an e-mail address" : "a name").toList();
            throw new ProblemException(422, MAIN_CONTACT_INCOMPLETE, "Main contact incomplete",
                    "The main contact of " + client.name + " becomes the account's first administrator and needs "
                            + String.join(" and ", what) + ": add it to the main contact on the client first, then "
                            + "create the account.", missing);
        }
    }

    /** What the main contact lacks to become the account's first administrator: each as its field's error. */
    public static List<Problem.FieldError> mainContactGaps(KnownClient client) {
        List<Problem.FieldError> missing = new ArrayList<>();
        if (client.mainContactEmail == null || client.mainContactEmail.isBlank()) {
            missing.add(new Problem.FieldError("mainContactEmail", "The client's main contact has no e-mail address"));
        }
        if (client.mainContactName == null || client.mainContactName.isBlank()) {
            missing.add(new Problem.FieldError("mainContactName", "The client's main contact has no name"));
        }
        return missing;
    }

    private static ClientAccountView view(ClientAccount account, KnownClient client) {
        return new ClientAccountView(account.clientId, client.name, client.organisationNumber, account.createdAt,
                account.createdByName, AccountMembership.count("clientId", account.clientId));
    }

    private static AccountUserView view(Member member) {
        ClientUser u = member.user();
        return new AccountUserView(u.id, u.name, u.email, u.language, member.membership().role, u.provisioningState,
                u.provisioningReason, member.membership().grantedAt);
    }
}
