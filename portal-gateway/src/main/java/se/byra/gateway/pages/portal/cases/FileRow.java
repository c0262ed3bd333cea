package se.byra.gateway.pages.portal.cases;

/**
 * A file of a case as its page lists it: its name, its download, its size and who added it when; {@code removeValue}
 * is the answer form's button value that removes it (null: the company may not remove it now, or it is the agency's).
 */
public record FileRow(String name, String href, String meta, String removeValue) {

    public boolean removable() {
        return removeValue != null;
    }
}
