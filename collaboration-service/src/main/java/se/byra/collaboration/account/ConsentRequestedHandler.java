package se.byra.collaboration.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.collaboration.CollaborationConfig;
import se.byra.platform.events.EventType;
import se.byra.platform.events.cases.ConsentRequested;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * Staff invited a client to case management (case-service, {@code case.events}): a client without an account gets
 * one, its main contact as the first administrator, exactly as {@code POST /clients/{clientId}/account} opens it
 * (the same events, the same login), but as the system. The client and its main contact are this service's own
 * read model's ({@code known_client}), never the event's copy: an account is always made from the register as
 * this service knows it, whoever asks. {@code created_by} and {@code granted_by} are {@code staff:<requestedById>}
 * and the account's "created by" name is {@code requestedByName}: the staff member who asked, by their id in the
 * staff register, since no token, and so no login subject, comes with an event.
 *
 * <p>Each case, and why:
 * <ul>
 * <li><b>The client has an account</b> (opened by staff, or by an earlier request): nothing. So a redelivered
 * event, a resent invitation ({@code resent}) or a request after the account was opened do nothing more; the
 * inbox absorbs the very same event before it gets here.</li>
 * <li><b>The client is not known here yet</b>: retried ({@link NotKnownYetException}, transient), since its
 * {@code ClientRegistered} comes on engagement.events, another topic, and case-service only asks about clients
 * it learnt of from that same event: it will arrive (its own lane goes on while this partition waits). Should it
 * never arrive (dead-lettered here), the partition waits until it is replayed; {@code inbox_retry_oldest_seconds}
 * alerts.</li>
 * <li><b>The main contact lacks a name or an e-mail here</b> (case-service refuses to ask then, but its read
 * model and this one may differ for a while): retried while this service's row of the client is older than the
 * request ({@code updatedAt} before {@code requestedAt}), because the {@code ClientUpdated} that gave
 * case-service the address may still be on its way, but at most for {@code collaboration.consent.main-contact-wait}
 * after {@code requestedAt}, so the partition is never held for good. Otherwise (the row is as new as the request,
 * so the register really lacks it now, or the wait is over) skipped with a warning: no account, the event counts
 * as handled. The staff fix the main contact and send the invitation again, which opens the account then.</li>
 * <li><b>The client belongs to another agency than the envelope's {@code agencyid}</b>: skipped with a warning.
 * A client never moves between agencies here, so retrying would hold the partition for good, and opening an
 * account in either agency on another's word would cross tenants. Not dead-lettered: the event is well-formed,
 * and a replay could never handle it either.</li>
 * <li><b>Malformed</b> (no {@code agencyid}, a payload the record refuses, a {@code requestedByName} outside the
 * contract's 1 to 200 characters, which could never be stored): poison, dead-lettered, the partition goes on.</li>
 * </ul>
 * Opening the account at the same time as a staff member's {@code POST}: the primary key decides, and a handler
 * that loses is retried and finds the account.
 */
@ApplicationScoped
public class ConsentRequestedHandler implements EventHandler<ConsentRequested> {

    @Inject
    AccountService accounts;

    @Inject
    CollaborationConfig config;

    @Override
    public EventType<ConsentRequested> type() {
        return ConsentRequested.TYPE;
    }

    @Override
    public void handle(InboundEvent<ConsentRequested> event) {
        accounts.openRequested(event.agencyId(), event.data(), config.consent().mainContactWait());
    }
}
