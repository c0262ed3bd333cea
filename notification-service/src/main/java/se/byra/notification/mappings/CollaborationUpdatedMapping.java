package se.byra.notification.mappings;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.notification.directory.Directory;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.CollaborationUpdated;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * A collaboration changed: the staff with access and the company's administrators learn what changed and
 * to what, in words. Everyone is told, the person who made the change too: the event does not say which
 * of them they are. The template names each changed field ({@code <field>Changed}) with its value now, the
 * collaboration's after the change; a field the contract does not name is left out.
 */
@ApplicationScoped
public class CollaborationUpdatedMapping extends Mapping<CollaborationUpdated> {

    private static final Set<String> FIELDS = Set.of("engagementId", "variant", "agreementMonths",
            "invoiceRecipient", "agencyPaymentRecipient", "endsOn");

    @Inject
    Directory directory;

    @Override
    public EventType<CollaborationUpdated> type() {
        return CollaborationUpdated.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<CollaborationUpdated> event) {
        CollaborationUpdated e = event.data();
        ClientNotices collaboration = Collaborations
                .of(event, e.collaborationId(), e.clientId(), e.clientName(), e.serviceName())
                .with("side", e.side()).with("changedByName", e.changedByName())
                .with("variant", e.variant() == null ? null : name(e.variant()))
                .with("agreementMonths", e.agreementMonths()).with("invoiceRecipient", e.invoiceRecipient())
                .with("agencyPaymentRecipient", e.agencyPaymentRecipient()).with("endsOn", e.endsOn());
        for (CollaborationUpdated.Change change : e.changes()) {
            if (FIELDS.contains(change.field())) {
                collaboration = collaboration.with("changed", true).with(change.field() + "Changed", true);
            }
        }
        return collaboration.toBothSides(directory, e.staffIds(), "collaboration-updated", "collaboration-updated");
    }

    /** A variant's code as a name: STANDARD is Standard. */
    private static String name(String code) {
        return code.isEmpty() ? code : code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
