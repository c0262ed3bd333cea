package se.byra.notification.mappings;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.notification.directory.Directory;
import se.byra.notification.engine.Category;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.MembershipGranted;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * A person invited to a company's account: welcome, what the portal is, the sign-in link. The same event
 * tells of a changed role; only a membership new to the directory is an invitation.
 */
@ApplicationScoped
public class CompanyInvitationMapping extends Mapping<MembershipGranted> {

    @Inject
    Directory directory;

    @Override
    public EventType<MembershipGranted> type() {
        return MembershipGranted.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<MembershipGranted> event) {
        MembershipGranted e = event.data();
        directory.clientUser(e.clientUserId(), e.name(), e.email(), e.language(), null, e.grantedAt());
        if (!directory.membership(event.agencyId(), e.clientId(), e.clientUserId(), e.role(), e.grantedAt())) {
            return List.of();
        }
        return List.of(Notice.toClientUser(e.clientUserId(), Category.INVITATION, "company-invitation",
                Map.of("clientName", Companies.name(directory, e.clientId())), "/portal/foretag/" + e.clientId()));
    }
}
