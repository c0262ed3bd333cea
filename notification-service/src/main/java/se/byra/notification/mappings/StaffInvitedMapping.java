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
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A new staff member: welcome, with the agency UI's sign-in link (Keycloak sends the set-password mail itself). */
@ApplicationScoped
public class StaffInvitedMapping extends Mapping<StaffMemberInvited> {

    @Inject
    Directory directory;

    @Override
    public EventType<StaffMemberInvited> type() {
        return StaffMemberInvited.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<StaffMemberInvited> event) {
        StaffMemberInvited e = event.data();
        directory.staff(event.agencyId(), e.staffId(), e.name(), e.email(), e.language(), null, e.invitedAt());
        return List.of(Notice.toStaff(e.staffId(), Category.INVITATION, "staff-invited", Map.of(),
                "/byra/kunder"));
    }
}
