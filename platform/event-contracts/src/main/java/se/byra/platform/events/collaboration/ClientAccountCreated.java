package se.byra.platform.events.collaboration;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * A staff member opened the platform to a client company: the company now has a client account
 * (kundkonto) whose users sign in to the portal. One account per client; its first administrator
 * follows as a {@link MembershipGranted}. Key: the client id. The agency is the envelope's
 * {@code agencyid}.
 *
 * @param clientId the client company, as registered by the agency (engagement-service's client id)
 * @param clientName the company's name when the account was created
 * @param organisationNumber NNNNNN-NNNN
 * @param createdAt when the account was created
 */
public record ClientAccountCreated(UUID clientId, String clientName, String organisationNumber, Instant createdAt) {

    public static final EventType<ClientAccountCreated> TYPE =
            new EventType<>("se.byra.collaboration.ClientAccountCreated", 1, ClientAccountCreated.class,
                    Topics.COLLABORATION_EVENTS);

    public ClientAccountCreated {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(organisationNumber, "organisationNumber");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
