package se.byra.notification.preferences;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.byra.notification.directory.Recipient;
import se.byra.notification.directory.RecipientKind;
import se.byra.notification.engine.Category;
import se.byra.platform.web.problem.ProblemException;

/** Which e-mail a person wants: every category unless they turned an optional one off. */
@ApplicationScoped
public class Preferences {

    public static final URI MANDATORY_CATEGORY = URI.create("tag:byra.se,2026:problem:mandatory-category");

    /** One category as the person has it. */
    public record CategoryPreference(Category category, boolean mandatory, boolean email) {
    }

    public record PreferencesView(List<CategoryPreference> categories) {
    }

    @Inject
    EntityManager em;

    public boolean emailWanted(RecipientKind kind, UUID id, Category category) {
        return category.mandatory() || optedOut(kind, id).stream().noneMatch(category.name()::equals);
    }

    /** A person's preferences; every category's e-mail on for a person not known here yet (kind and id null). */
    public PreferencesView of(RecipientKind kind, UUID id) {
        Set<String> off = kind == null ? Set.of() : optedOut(kind, id);
        return new PreferencesView(Arrays.stream(Category.values())
                .map(c -> new CategoryPreference(c, c.mandatory(), c.mandatory() || !off.contains(c.name())))
                .toList());
    }

    /** Sets the categories named; the others stay as they were. A mandatory one cannot be turned off. */
    @Transactional
    public PreferencesView change(Recipient person, Map<Category, Boolean> email) {
        for (Map.Entry<Category, Boolean> change : email.entrySet()) {
            if (change.getKey().mandatory() && !change.getValue()) {
                throw new ProblemException(409, MANDATORY_CATEGORY, "Mandatory category",
                        "e-mail of category " + change.getKey() + " cannot be turned off: "
                                + "without it the person could not sign in or learn that their access changed",
                        List.of());
            }
        }
        for (Map.Entry<Category, Boolean> change : email.entrySet()) {
            if (change.getValue()) {
                em.createNativeQuery("delete from email_opt_out where recipient_kind = ?1 and recipient_id = ?2 "
                        + "and category = ?3").setParameter(1, person.kind().name()).setParameter(2, person.id())
                        .setParameter(3, change.getKey().name()).executeUpdate();
            } else {
                em.createNativeQuery("insert into email_opt_out (recipient_kind, recipient_id, category) "
                        + "values (?1, ?2, ?3) on conflict do nothing").setParameter(1, person.kind().name())
                        .setParameter(2, person.id()).setParameter(3, change.getKey().name()).executeUpdate();
            }
        }
        return of(person.kind(), person.id());
    }

    private Set<String> optedOut(RecipientKind kind, UUID id) {
        List<?> rows = em.createNativeQuery(
                "select category from email_opt_out where recipient_kind = ?1 and recipient_id = ?2", String.class)
                .setParameter(1, kind.name()).setParameter(2, id).getResultList();
        return rows.stream().map(String.class::cast).collect(Collectors.toSet());
    }
}
