package uk.familyagreements.command.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingDayClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final WorkingDayClock clock = new WorkingDayClock(new EnglandAndWalesWorkingDayCalendar());

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    @Test
    void addingAcrossTheMarchClockChangeKeepsNineOClockLondonTime() {
        Instant friday = london("2025-03-28T09:00");

        Instant due = clock.addWorkingDays(friday, 1);

        assertThat(due).isEqualTo(Instant.parse("2025-03-31T08:00:00Z")).isEqualTo(london("2025-03-31T09:00"));
        assertThat(Duration.between(friday, due)).isEqualTo(Duration.ofHours(71));
    }

    @Test
    void addingAcrossTheOctoberClockChangeKeepsNineOClockLondonTime() {
        Instant friday = london("2025-10-24T09:00");

        Instant due = clock.addWorkingDays(friday, 1);

        assertThat(due).isEqualTo(Instant.parse("2025-10-27T09:00:00Z")).isEqualTo(london("2025-10-27T09:00"));
        assertThat(Duration.between(friday, due)).isEqualTo(Duration.ofHours(73));
    }

    @Test
    void subtractingAcrossTheMarchClockChangeKeepsNineOClockLondonTime() {
        assertThat(clock.subtractWorkingDays(london("2025-03-31T09:00"), 1))
                .isEqualTo(Instant.parse("2025-03-28T09:00:00Z"));
    }

    @Test
    void addingAcrossABankHolidayKeepsTheTimeOfDay() {
        assertThat(clock.addWorkingDays(london("2025-05-02T16:30"), 1)).isEqualTo(london("2025-05-06T16:30"));
    }

    @Test
    void localTimeIsReadInTheCalendarsZoneNotUtc() {
        // 23:30 UTC on Friday 2 May is already 00:30 on Saturday in London, so the next working day is Tuesday.
        assertThat(clock.addWorkingDays(Instant.parse("2025-05-02T23:30:00Z"), 1))
                .isEqualTo(london("2025-05-06T00:30"));
    }
}
