package se.byra.gateway.pages.portal;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CompanyCollaborationApi.CollaborationTask;
import se.byra.gateway.downstream.CompanyCollaborationCalls;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.portal.collaborations.CollaborationWords;

/**
 * The to-do list of the portal: today what collaboration-service says the user is to do about collaborations
 * (invitations to answer, services to keep or end, in the service's order: soonest first). A source that fails
 * makes the list say so while the rest of the page renders; letters to sign, cases and consents join it as their
 * services come.
 */
@ApplicationScoped
public class TodoList {

    private static final Logger LOG = Logger.getLogger(TodoList.class);

    /** How many items the home page shows before "Visa alla". */
    static final int SHOWN = 10;

    @Inject
    CompanyCollaborationCalls collaborations;

    @Inject
    PageContext page;

    /** The first items across the user's companies, each naming its company (the home page). */
    public Uni<Todo> first() {
        return page(1, SHOWN);
    }

    /** One page of everything the user is to do ({@code /portal/att-gora}), counted from 1. */
    public Uni<Todo> page(int asked, int size) {
        CollaborationWords words = new CollaborationWords(page);
        return guarded(collaborations.tasks(asked - 1, size)
                .map(tasks -> new Todo(items(tasks.items(), true, words), tasks.totalItems(), false)));
    }

    /** What the user is to do for one company (its page): all of it, without the company's name on each. */
    public Uni<Todo> ofCompany(UUID companyId) {
        CollaborationWords words = new CollaborationWords(page);
        return guarded(collaborations.allTasks().map(all -> {
            List<Todo.Item> items = items(all.stream().filter(task -> companyId.equals(task.clientId())).toList(),
                    false, words);
            return new Todo(items, items.size(), false);
        }));
    }

    private static List<Todo.Item> items(List<CollaborationTask> tasks, boolean withCompany, CollaborationWords words) {
        return tasks.stream().map(task -> words.task(task, withCompany)).toList();
    }

    /** Any failure of the source is the list saying so, never the page failing. */
    private static Uni<Todo> guarded(Uni<Todo> todo) {
        return todo.onFailure().recoverWithItem(failure -> {
            LOG.debugf(failure, "The to-do list's collaborations are unavailable");
            return Todo.unavailableNow();
        });
    }
}
