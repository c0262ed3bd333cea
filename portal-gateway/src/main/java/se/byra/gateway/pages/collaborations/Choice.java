package se.byra.gateway.pages.collaborations;

/**
 * One radio of a group (or an option of a select): {@code id} the element's id (the group's first radio has the
 * group's name, so the error summary's link lands on the group), {@code hint} null for none.
 */
public record Choice(String id, String value, String label, String hint, boolean checked) {

    public String hintId() {
        return id + "-hint";
    }

    public boolean hasHint() {
        return hint != null && !hint.isBlank();
    }

    /** The id of the {@code index}th radio of the group {@code name}. */
    static String id(String name, int index) {
        return index == 0 ? name : name + "-" + (index + 1);
    }
}
