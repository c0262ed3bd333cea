package se.byra.platform.web.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Dates the business can mean: engagement periods, due dates, signatures. Anything outside is a
 * typing error (year 20277) or an attack, and PostgreSQL could not store much of it anyway.
 */
public final class BusinessDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private BusinessDates() {
    }

    public static boolean inRange(TemporalAccessor value) {
        TemporalAccessor dated = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
        if (!dated.isSupported(ChronoField.YEAR)) {
            return true;
        }
        int year = dated.get(ChronoField.YEAR);
        return year >= EARLIEST.getYear() && year <= LATEST.getYear();
    }
}
