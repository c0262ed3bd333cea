package se.byra.collaboration.collaboration;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.collaboration.catalogue.Catalogue;
import se.byra.collaboration.client.KnownClient;
import se.byra.collaboration.engagement.KnownEngagement;
import se.byra.platform.events.collaboration.CollaborationActivated;
import se.byra.platform.events.collaboration.CollaborationDeclined;
import se.byra.platform.events.collaboration.CollaborationEnded;
import se.byra.platform.events.collaboration.CollaborationInvitationExpired;
import se.byra.platform.events.collaboration.CollaborationInvited;
import se.byra.platform.events.collaboration.CollaborationUpdated;
import se.byra.platform.events.collaboration.CollaborationUpdated.Change;
import se.byra.platform.events.collaboration.ServiceName;
import se.byra.platform.messaging.outbox.Outbox;

/**
 * Publishes what happened to a collaboration through the outbox, in the transaction of the change, keyed by the
 * client (so a client's account, memberships and collaborations reach a consumer in the order they happened).
 */
@ApplicationScoped
public class CollaborationEvents {

    @Inject
    Outbox outbox;

    @Inject
    Catalogue catalogue;

    public void invited(Collaboration c, boolean resent) {
        outbox.publish(CollaborationInvited.TYPE, c.agencyId, c.clientId, new CollaborationInvited(c.id, c.clientId,
                clientName(c), c.service, name(c), c.engagementId, c.scenario.name(), termsVersion(c),
                c.invoiceRecipient.name(), c.variant, c.agreementMonths, c.agencyPaymentRecipient, c.invitedById,
                c.invitedByName, resent, c.expiresAt, c.invitedAt));
    }

    public void activated(Collaboration c, String origin) {
        outbox.publish(CollaborationActivated.TYPE, c.agencyId, c.clientId, new CollaborationActivated(c.id,
                c.clientId, clientName(c), c.service, name(c), c.engagementId, staff(c), origin,
                c.invoiceRecipient.name(), c.variant, c.agreementMonths, c.agencyPaymentRecipient, c.termsVersion,
                c.answeredById, c.answeredByName, c.activatedAt));
    }

    public void declined(Collaboration c) {
        outbox.publish(CollaborationDeclined.TYPE, c.agencyId, c.clientId, new CollaborationDeclined(c.id, c.clientId,
                clientName(c), c.service, name(c), c.engagementId, inviterAndOwner(c), c.answeredById,
                c.answeredByName, c.declineReason, c.answeredAt));
    }

    public void expired(Collaboration c, Instant at) {
        outbox.publish(CollaborationInvitationExpired.TYPE, c.agencyId, c.clientId, new CollaborationInvitationExpired(
                c.id, c.clientId, clientName(c), c.service, name(c), c.engagementId, inviterAndOwner(c), c.invitedAt,
                at));
    }

    public void updated(Collaboration c, List<Change> changes, Side side, String byName, Instant at) {
        outbox.publish(CollaborationUpdated.TYPE, c.agencyId, c.clientId, new CollaborationUpdated(c.id, c.clientId,
                clientName(c), c.service, name(c), c.engagementId, staff(c), c.status.name(),
                c.invoiceRecipient.name(), c.variant, c.agreementMonths, c.agencyPaymentRecipient, c.endsOn, changes,
                side.name(), byName, at));
    }

    public void ended(Collaboration c) {
        outbox.publish(CollaborationEnded.TYPE, c.agencyId, c.clientId, new CollaborationEnded(c.id, c.clientId,
                clientName(c), c.service, name(c), c.engagementId, staff(c), c.endSide.name(), c.endByName, c.endsOn,
                c.endedAt));
    }

    private ServiceName name(Collaboration c) {
        return catalogue.find(c.service).map(s -> s.serviceName()).orElse(new ServiceName(c.service, c.service));
    }

    /** The terms the invitation asks to approve: the version in force. */
    private String termsVersion(Collaboration c) {
        return catalogue.find(c.service).map(s -> s.terms().version()).orElseThrow();
    }

    private static String clientName(Collaboration c) {
        KnownClient client = KnownClient.findById(c.clientId);
        return client.name;
    }

    private static List<UUID> staff(Collaboration c) {
        return Views.staffOf(KnownEngagement.findById(c.engagementId));
    }

    /** Who to tell of an answer or its absence: whoever sent the invitation and the engagement's owner. */
    private static List<UUID> inviterAndOwner(Collaboration c) {
        Set<UUID> staff = new LinkedHashSet<>();
        if (c.invitedById != null) {
            staff.add(c.invitedById);
        }
        KnownEngagement engagement = KnownEngagement.findById(c.engagementId);
        if (engagement != null && engagement.ownerId != null) {
            staff.add(engagement.ownerId);
        }
        return List.copyOf(staff);
    }
}
