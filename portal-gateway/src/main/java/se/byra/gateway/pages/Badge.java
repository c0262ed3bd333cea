package se.byra.gateway.pages;

/**
 * A status shown as a badge: words always (never colour alone), and a colour that groups the
 * statuses: green done or in force, blue in progress, grey inactive or unknown, red a problem.
 */
public record Badge(String text, Colour colour) {

    public enum Colour {
        GREEN, BLUE, GREY, RED;

        public String cssClass() {
            return "badge--" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public String cssClass() {
        return "badge " + colour.cssClass();
    }
}
