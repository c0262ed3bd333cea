package se.byra.notification.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * A date in a template's language, as the platform's pages write dates: {@code {date:sv(data.endsOn)}} is
 * 2026-03-01, {@code {date:en(data.endsOn)}} is 1 Mar 2026. A notice keeps a date as an ISO date
 * ({@code 2026-03-01}) and a template of each language shows it in its own way.
 */
@TemplateExtension(namespace = "date")
public final class Dates {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    /** The date as Swedish writes it: 2026-03-01. */
    static String sv(String isoDate) {
        return LocalDate.parse(isoDate).toString();
    }

    /** The date as English writes it: 1 Mar 2026. */
    static String en(String isoDate) {
        return ENGLISH.format(LocalDate.parse(isoDate));
    }
}
