package se.byra.gateway.pages.portal;

import java.util.List;

/**
 * What the user is to do, as the home page, a company's page and {@code /portal/att-gora} show it: the items (the
 * first of them where {@code total} is more), or, when {@code unavailable}, that they cannot be shown just now. When
 * only some sources failed, {@code notices} says which cannot be shown while the others' items are.
 */
public record Todo(List<Item> items, long total, boolean unavailable, List<String> notices) {

    /**
     * One thing to do: {@code text} says what and leads to {@code href}; {@code company} (null on a company's own
     * page) and {@code due} (null: no date) say for whom and by when; {@code overdue}: its day has passed.
     */
    public record Item(String text, String href, String company, String due, boolean overdue) {

        public Item(String text, String href, String company, String due) {
            this(text, href, company, due, false);
        }
    }

    static Todo unavailableNow() {
        return new Todo(List.of(), 0, true, List.of());
    }

    /** Nothing to do, as far as every source says. */
    public boolean empty() {
        return !unavailable && items.isEmpty() && notices.isEmpty();
    }

    /** Whether there is more than the items shown ("Visa alla"). */
    public boolean more() {
        return total > items.size();
    }
}
