package se.byra.platform.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class BusinessDatesTest {

    @Test
    void theRangeIsInclusiveAtBothEnds() {
        assertThat(BusinessDates.inRange(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(BusinessDates.inRange(LocalDate.of(2199, 12, 31))).isTrue();
        assertThat(BusinessDates.inRange(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(BusinessDates.inRange(LocalDate.of(2200, 1, 1))).isFalse();
    }

    @Test
    void timestampsAreJudgedByTheirYear() {
        assertThat(BusinessDates.inRange(Instant.parse("2027-05-01T10:00:00Z"))).isTrue();
        assertThat(BusinessDates.inRange(Instant.parse("+99999-01-01T00:00:00Z"))).isFalse();
        assertThat(BusinessDates.inRange(OffsetDateTime.parse("-5000-01-01T00:00:00Z"))).isFalse();
        assertThat(BusinessDates.inRange(YearMonth.of(3000, 1))).isFalse();
    }
}
