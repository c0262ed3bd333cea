package se.byra.gateway.pages.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CompanyCaseApi.CaseTask;
import se.byra.gateway.downstream.CompanyCaseCalls;
import se.byra.gateway.downstream.CompanyCollaborationApi.CollaborationTask;
import se.byra.gateway.downstream.CompanyCollaborationCalls;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.portal.cases.CaseWords;
import se.byra.gateway.pages.portal.collaborations.CollaborationWords;

/**
 * The to-do list of the portal, from two sources loaded at the same time: what collaboration-service says the user is
 * to do about collaborations (invitations to answer, services to keep or end) and what case-service says (consents to
 * give, cases waiting for the company). One list: consents first (nothing else about cases can happen before them),
 * then everything by its day, soonest first, those without a day last. A source that fails makes the list say so
 * while the other's items show; both failing is the list saying it cannot be shown, never the page failing. Letters
 * to sign join it as their service comes.
 */
@ApplicationScoped
public class TodoList {

    private static final Logger LOG = Logger.getLogger(TodoList.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    /** How many items the home page shows before "Visa alla". */
    static final int SHOWN = 10;

    /** An item with what it sorts by: its rank (a consent 0, the rest 1), then its day (null: none). */
    private record Entry(Todo.Item item, UUID companyId, int rank, LocalDate by) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::rank)
            .thenComparing(Entry::by, Comparator.nullsLast(Comparator.naturalOrder()));

    /** One source's items (in the list's order) and how many it has in all; or, when {@code failed}, none. */
    private record Source(List<Entry> entries, long total, boolean failed) {

        static Source down() {
            return new Source(List.of(), 0, true);
        }

        Source of(UUID companyId) {
            List<Entry> picked = entries.stream().filter(entry -> companyId.equals(entry.companyId())).toList();
            return failed ? this : new Source(picked, picked.size(), false);
        }
    }

    @Inject
    CompanyCollaborationCalls collaborations;

    @Inject
    CompanyCaseCalls cases;

    @Inject
    PageContext page;

    /** The first items across the user's companies, each naming its company (the home page). */
    public Uni<Todo> first() {
        return both(collaborations.tasks(0, SHOWN).map(tasks -> collaborationSource(tasks.items(), tasks
                .totalItems(), true)), cases.tasks(0, SHOWN).map(tasks -> caseSource(tasks.items(), tasks
                        .totalItems(), true)), source -> source, 0, SHOWN);
    }

    /** One page of everything the user is to do ({@code /portal/att-gora}), counted from 1. */
    public Uni<Todo> page(int asked, int size) {
        return both(collaborations.allTasks().map(all -> collaborationSource(all, all.size(), true)),
                cases.allTasks().map(all -> caseSource(all, all.size(), true)), source -> source,
                (asked - 1) * size, size);
    }

    /** What the user is to do for one company (its page): all of it, without the company's name on each. */
    public Uni<Todo> ofCompany(UUID companyId) {
        return both(collaborations.allTasks().map(all -> collaborationSource(all, all.size(), false)),
                cases.allTasks().map(all -> caseSource(all, all.size(), false)), source -> source.of(companyId), 0,
                Integer.MAX_VALUE);
    }

    /** Both sources, each failing alone, as one list from {@code offset}, at most {@code size} items. */
    private Uni<Todo> both(Uni<Source> collaborationTasks, Uni<Source> caseTasks,
            UnaryOperator<Source> pick, int offset, int size) {
        return Uni.combine().all().unis(guarded(collaborationTasks, "collaborations"), guarded(caseTasks, "cases"))
                .asTuple().map(loaded -> {
                    Source collaboration = pick.apply(loaded.getItem1());
                    Source caseSource = pick.apply(loaded.getItem2());
                    if (collaboration.failed() && caseSource.failed()) {
                        return Todo.unavailableNow();
                    }
                    List<Entry> all = new ArrayList<>(caseSource.entries());
                    all.addAll(collaboration.entries());
                    all.sort(ORDER);
                    List<Todo.Item> shown = all.stream().skip(offset).limit(size).map(Entry::item).toList();
                    List<String> notices = new ArrayList<>();
                    if (caseSource.failed()) {
                        notices.add(page.portalMsg().todo_cases_unavailable());
                    }
                    if (collaboration.failed()) {
                        notices.add(page.portalMsg().todo_collaborations_unavailable());
                    }
                    return new Todo(shown, collaboration.total() + caseSource.total(), false, notices);
                });
    }

    private Source collaborationSource(List<CollaborationTask> tasks, long total, boolean withCompany) {
        CollaborationWords words = new CollaborationWords(page);
        return new Source(tasks.stream().map(task -> new Entry(words.task(task, withCompany), task.clientId(), 1,
                task.expiresAt() != null ? task.expiresAt().atZone(ZONE).toLocalDate() : task.endsOn())).toList(),
                total, false);
    }

    private Source caseSource(List<CaseTask> tasks, long total, boolean withCompany) {
        CaseWords words = new CaseWords(page);
        return new Source(tasks.stream().map(task -> new Entry(words.task(task, withCompany), task.clientId(),
                CaseTask.CONSENT.equals(task.kind()) ? 0 : 1, task.dueOn())).toList(), total, false);
    }

    /** Any failure of a source is the list saying so, never the page failing. */
    private static Uni<Source> guarded(Uni<Source> source, String name) {
        return source.onFailure().recoverWithItem(failure -> {
            LOG.debugf(failure, "The to-do list's %s are unavailable", name);
            return Source.down();
        });
    }
}
