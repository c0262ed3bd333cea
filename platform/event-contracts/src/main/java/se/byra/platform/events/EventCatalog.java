package se.byra.platform.events;

import java.util.List;
import java.util.Optional;

import se.byra.platform.events.cases.CaseAnswered;
import se.byra.platform.events.cases.CaseClosed;
import se.byra.platform.events.cases.CaseCommented;
import se.byra.platform.events.cases.CaseCreated;
import se.byra.platform.events.cases.CaseReminderDue;
import se.byra.platform.events.cases.CaseReturned;
import se.byra.platform.events.cases.ConsentDeclined;
import se.byra.platform.events.cases.ConsentGranted;
import se.byra.platform.events.cases.ConsentRequested;
import se.byra.platform.events.cases.ConsentRevoked;
import se.byra.platform.events.collaboration.ClientAccountCreated;
import se.byra.platform.events.collaboration.CollaborationActivated;
import se.byra.platform.events.collaboration.CollaborationDeclined;
import se.byra.platform.events.collaboration.CollaborationEnded;
import se.byra.platform.events.collaboration.CollaborationInvitationExpired;
import se.byra.platform.events.collaboration.CollaborationInvited;
import se.byra.platform.events.collaboration.CollaborationUpdated;
import se.byra.platform.events.collaboration.ClientUserUpdated;
import se.byra.platform.events.collaboration.MembershipGranted;
import se.byra.platform.events.collaboration.MembershipRevoked;
import se.byra.platform.events.engagement.AgencyUpdated;
import se.byra.platform.events.engagement.ClientRegistered;
import se.byra.platform.events.engagement.ClientResponsibilityChanged;
import se.byra.platform.events.engagement.ClientUpdated;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.events.engagement.StaffMemberDeactivated;
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.events.engagement.StaffMemberUpdated;

/** Every event type this suite publishes. The contract test checks each against its schema. */
public final class EventCatalog {

    private static final List<EventType<?>> ALL = List.of(
            EngagementSigned.TYPE,
            StaffMemberInvited.TYPE,
            StaffMemberUpdated.TYPE,
            StaffMemberDeactivated.TYPE,
            ClientRegistered.TYPE,
            ClientUpdated.TYPE,
            ClientResponsibilityChanged.TYPE,
            AgencyUpdated.TYPE,
            ClientAccountCreated.TYPE,
            MembershipGranted.TYPE,
            MembershipRevoked.TYPE,
            ClientUserUpdated.TYPE,
            CollaborationInvited.TYPE,
            CollaborationActivated.TYPE,
            CollaborationDeclined.TYPE,
            CollaborationInvitationExpired.TYPE,
            CollaborationUpdated.TYPE,
            CollaborationEnded.TYPE,
            ConsentRequested.TYPE,
            ConsentGranted.TYPE,
            ConsentDeclined.TYPE,
            ConsentRevoked.TYPE,
            CaseCreated.TYPE,
            CaseAnswered.TYPE,
            CaseReturned.TYPE,
            CaseCommented.TYPE,
            CaseClosed.TYPE,
            CaseReminderDue.TYPE);

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> find(String type, int version) {
        return ALL.stream().filter(t -> t.type().equals(type) && t.version() == version).findFirst();
    }
}
