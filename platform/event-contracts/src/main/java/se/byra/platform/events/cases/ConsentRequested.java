package se.byra.platform.events.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * Staff invited the client to case management: the invitation goes to the main contact, and collaboration-service
 * opens a client account with the main contact as administrator when the client has none. Sent again while it waits
 * (resent). Key: the client id.
 * The agency is the envelope's {@code agencyid}.
 *
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param mainContactName the client's main contact, to whom the invitation goes
 * @param mainContactEmail their e-mail address (lower case)
 * @param requestedById the staff member who sent it, or null for a login without a staff record (the realm's
 *        administrator)
 * @param requestedByName their name
 * @param resent whether it was sent before and is sent again
 * @param requestedAt when
 */
public record ConsentRequested(
        UUID clientId,
        String clientName,
        String mainContactName,
        String mainContactEmail,
        UUID requestedById,
        String requestedByName,
        boolean resent,
        Instant requestedAt) {

    public static final EventType<ConsentRequested> TYPE =
            new EventType<>("se.byra.case.ConsentRequested", 1, ConsentRequested.class, Topics.CASE_EVENTS);

    public ConsentRequested {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(mainContactName, "mainContactName");
        Objects.requireNonNull(mainContactEmail, "mainContactEmail");
        Objects.requireNonNull(requestedByName, "requestedByName");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
