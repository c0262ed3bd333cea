package se.byra.gateway.pages;

/**
 * One step of a thing's history as its page lists it ({@code templates/historyTable.html}): when, what happened, the
 * note it carries in words (null: none), and by whom.
 */
public record HistoryRow(String date, String what, String note, String by) {
}
