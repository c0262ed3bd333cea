package se.byra.gateway.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the page's language writes them (2026-03-01 in Swedish, 1 Mar 2026 in English). */
public final class Formats {

    /** The agencies and their clients are in Sweden: an instant is shown as a Swedish date. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private Formats() {
    }

    public static String date(LocalDate date, PageContext page) {
        return date == null ? "" : DateTimeFormatter.ofPattern(page.msg().date_pattern(), page.locale()).format(date);
    }

    public static String date(Instant instant, PageContext page) {
        return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate(), page);
    }

    /** "2026-01-01 – 2026-12-31", or "från 2026-01-01" for an open-ended period. */
    public static String period(LocalDate start, LocalDate end, PageContext page) {
        if (end == null) {
            return page.msg().period_from(date(start, page));
        }
        return page.msg().period_from_to(date(start, page), date(end, page));
    }

    /** A Swedish postal code as it is written, {@code 721 30}, whichever way it was stored. */
    public static String postalCode(String code) {
        if (code == null) {
            return null;
        }
        String digits = code.replace(" ", "");
        return digits.matches("\\d{5}") ? digits.substring(0, 3) + " " + digits.substring(3) : code;
    }
}
