package se.byra.gateway.pages.clients;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.EngagementApi.StaffView;
import se.byra.gateway.downstream.EngagementCalls;
import se.byra.gateway.pages.PageContext;

/**
 * Who can be a client's manager (kundansvarig): the agency's active staff members, by name, as the
 * form's choices. {@code user} is the signed-in user's own staff member (empty when they have no
 * record: the agency's first administrator comes from the realm). When the directory cannot be
 * read the form still works: it keeps the manager it has, and says why there is nothing to choose.
 */
public record Managers(List<Option> options, String user, boolean unavailable) {

    /** No choices: a form part that does not show the manager. */
    static final Managers NONE = new Managers(List.of(), "", false);

    public record Option(String id, String name) {
    }

    @ApplicationScoped
    public static class Loader {

        private static final Logger LOG = Logger.getLogger(Loader.class);

        @Inject
        EngagementCalls engagement;

        @Inject
        PageContext page;

        /**
         * The choices, with {@code current} (the manager the client or the form has) among them even
         * when it is no active staff member: a deactivated one, or a manager from before the
         * directory. {@code currentName} is the service's name for it, if any.
         */
        public Uni<Managers> load(String current, String currentName) {
            return engagement.activeStaff().map(staff -> {
                List<Option> options = new ArrayList<>();
                String user = "";
                for (StaffView member : staff) {
                    options.add(new Option(member.id().toString(), member.name()));
                    if (user.isEmpty() && page.isUser(member)) {
                        user = member.id().toString();
                    }
                }
                return new Managers(withCurrent(options, current, currentName), user, false);
            }).onFailure().recoverWithItem(failure -> {
                LOG.debugf(failure, "The staff directory could not be read for the client form");
                return new Managers(withCurrent(new ArrayList<>(), current, currentName), "", true);
            });
        }

        private List<Option> withCurrent(List<Option> options, String current, String currentName) {
            if (current != null && !current.isBlank() && options.stream().noneMatch(o -> o.id().equals(current))) {
                options.add(0, new Option(current, page.manager(current, currentName)));
            }
            return options;
        }
    }
}
