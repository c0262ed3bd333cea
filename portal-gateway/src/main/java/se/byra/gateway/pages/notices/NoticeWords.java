package se.byra.gateway.pages.notices;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import se.byra.gateway.pages.NoticeMsg;
import se.byra.gateway.pages.PageContext;

/** notification-service's categories and times in words; a category the service adds later is "Övriga notiser". */
final class NoticeWords {

    static final String INVITATION = "INVITATION";
    static final String ACCOUNT = "ACCOUNT";
    static final String ENGAGEMENT = "ENGAGEMENT";
    static final String COLLABORATION = "COLLABORATION";
    static final String CASE = "CASE";
    /** The people are in Sweden: a time is shown in Swedish time, as the dates are. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private NoticeWords() {
    }

    static String category(String category, NoticeMsg msg) {
        return switch (category == null ? "" : category) {
            case INVITATION -> msg.category_invitation();
            case ACCOUNT -> msg.category_account();
            case ENGAGEMENT -> msg.category_engagement();
            case COLLABORATION -> msg.category_collaboration();
            case CASE -> msg.category_case();
            default -> msg.category_unknown();
        };
    }

    /** Why a mandatory category's e-mail cannot be turned off. */
    static String mandatory(String category, NoticeMsg msg) {
        return switch (category == null ? "" : category) {
            case INVITATION -> msg.mandatory_invitation();
            case ACCOUNT -> msg.mandatory_account();
            default -> msg.mandatory_other();
        };
    }

    /** A date and time as the page's language writes them (2026-03-01 kl. 09:30, 1 Mar 2026, 09:30). */
    static String time(Instant instant, PageContext page) {
        return instant == null ? ""
                : DateTimeFormatter.ofPattern(page.noticeMsg().time_pattern(), page.locale())
                        .format(instant.atZone(ZONE));
    }
}
