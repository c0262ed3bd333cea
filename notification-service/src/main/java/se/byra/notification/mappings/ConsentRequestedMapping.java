package se.byra.notification.mappings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.notification.directory.Directory;
import se.byra.notification.engine.Category;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.cases.ConsentRequested;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * The agency invites a company to cases (or reminds it, when the invitation is sent again): the company's main
 * contact is asked by e-mail to consent in the portal, or to decline. It asks them to act, so it is an
 * invitation, whose e-mail cannot be turned off.
 *
 * <p><b>Who is addressed, and how.</b> The event names the main contact by name and e-mail address only, and
 * the directory may not know them yet: when the company has no account, collaboration-service opens one with
 * the main contact as its administrator, but announces it on collaboration.events, another topic than this
 * event's, so its {@code MembershipGranted} may well be handled after this event. So:
 * <ul>
 * <li>a member of the company whom the directory knows by that address is told as that client user: by e-mail
 * in their language, and in the portal;</li>
 * <li>anyone else is mailed at the event's address ({@link Notice#toAddress}), in Swedish, the platform's
 * language (the event carries none), without an in-platform notification (they have no list yet); the mail
 * tells a newcomer that a separate mail lets them choose a password.</li>
 * </ul>
 * Addressing the company's administrators instead would not do: the main contact need not be one, a company
 * without an account has none, and the mailer's "tried again until the directory knows them" needs the
 * person's id, which the account gives them later and this event cannot carry. Failing the event until the
 * administrator appears would hold the partition as long as the account takes, and forever if it never comes.
 */
@ApplicationScoped
public class ConsentRequestedMapping extends Mapping<ConsentRequested> {

    /** The language of a mail to an address: the platform's. */
    private static final String LANGUAGE = "sv";

    @Inject
    Directory directory;

    @Override
    public EventType<ConsentRequested> type() {
        return ConsentRequested.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<ConsentRequested> event) {
        ConsentRequested e = event.data();
        ClientNotices consent = Cases.consent(event, e.clientId(), e.clientName(), Category.INVITATION)
                .with("requestedByName", e.requestedByName()).with("resent", e.resent());
        Optional<UUID> member = directory.memberByEmail(event.agencyId(), e.clientId(), e.mainContactEmail());
        if (member.isPresent()) {
            return List.of(consent.with("newcomer", false).toClientUser(member.get(), "consent-requested"));
        }
        return List.of(consent.with("newcomer", true).toAddress(
                new Notice.Address(e.mainContactName(), e.mainContactEmail(), LANGUAGE), "consent-requested"));
    }
}
