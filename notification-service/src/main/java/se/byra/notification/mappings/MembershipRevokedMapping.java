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
import se.byra.platform.events.collaboration.MembershipRevoked;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A person removed from a company: told so, with whom to contact if it is wrong. */
@ApplicationScoped
public class MembershipRevokedMapping extends Mapping<MembershipRevoked> {

    @Inject
    Directory directory;

    @Override
    public EventType<MembershipRevoked> type() {
        return MembershipRevoked.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<MembershipRevoked> event) {
        MembershipRevoked e = event.data();
        directory.membershipRevoked(e.clientId(), e.clientUserId());
        return List.of(Notice.toClientUser(e.clientUserId(), Category.ACCOUNT, "membership-revoked",
                Map.of("clientName", Companies.name(directory, e.clientId())), "/portal"));
    }
}
