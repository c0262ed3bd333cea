package se.byra.gateway.pages.cases;

import se.byra.gateway.downstream.CaseApi.CaseSummary;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.CaseMsg;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;

/** A case in a list (the board, the client overview): its title and type, whose turn, due date, unread marker. */
public record CaseRow(String title, String href, String type, String clientName, String clientHref, Badge status,
        String assignee, String due, boolean overdue, boolean unread, String updated) {

    public static CaseRow of(CaseSummary c, PageContext page) {
        CaseMsg words = page.caseMsg();
        return new CaseRow(c.title(), CasePaths.detail(c.id()), CaseWords.type(c.type(), words), c.clientName(),
                c.clientId() == null ? null : Paths.client(c.clientId()), CaseWords.status(c.status(), words),
                CaseWords.present(c.assigneeName()) ? c.assigneeName() : words.assignee_none(),
                Formats.date(c.dueOn(), page), c.overdue(), c.unread(), Formats.date(c.updatedAt(), page));
    }
}
