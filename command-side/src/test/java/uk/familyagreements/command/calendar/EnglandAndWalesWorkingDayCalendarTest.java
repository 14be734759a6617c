package uk.familyagreements.command.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnglandAndWalesWorkingDayCalendarTest {

    private final EnglandAndWalesWorkingDayCalendar calendar = new EnglandAndWalesWorkingDayCalendar();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private Set<LocalDate> bankHolidaysIn(int year) {
        return date(year + "-01-01").datesUntil(date((year + 1) + "-01-01"))
                .filter(calendar::isBankHoliday)
                .collect(Collectors.toSet());
    }

    @Nested
    class BankHolidays {

        @Test
        void bankHolidaysOf2022AreExactlyTheGovUkList() {
            assertThat(bankHolidaysIn(2022)).containsExactlyInAnyOrder(
                    date("2022-01-03"), date("2022-04-15"), date("2022-04-18"), date("2022-05-02"),
                    date("2022-06-02"), date("2022-06-03"), date("2022-08-29"), date("2022-09-19"),
                    date("2022-12-26"), date("2022-12-27"));
        }

        @Test
        void bankHolidaysOf2023AreExactlyTheGovUkList() {
            assertThat(bankHolidaysIn(2023)).containsExactlyInAnyOrder(
                    date("2023-01-02"), date("2023-04-07"), date("2023-04-10"), date("2023-05-01"),
                    date("2023-05-08"), date("2023-05-29"), date("2023-08-28"), date("2023-12-25"),
                    date("2023-12-26"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"})
        void oneOffBankHolidaysOf2022And2023AreNotWorkingDays(String oneOff) {
            assertThat(calendar.isWorkingDay(date(oneOff))).isFalse();
        }

        @Test
        void lastMondayOfMay2022IsAWorkingDayBecauseTheSpringBankHolidayMovedTo2June() {
            assertThat(calendar.isWorkingDay(date("2022-05-30"))).isTrue();
        }

        @Test
        void goodFridayAndEasterMondayAreNotWorkingDays() {
            assertThat(calendar.isWorkingDay(date("2025-04-18"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2025-04-21"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2025-04-17"))).isTrue();
            assertThat(calendar.isWorkingDay(date("2025-04-22"))).isTrue();
        }

        @Test
        void christmasAndBoxingDayOnAWeekendIn2021AreSubstitutedBy27And28December() {
            assertThat(calendar.isBankHoliday(date("2021-12-27"))).isTrue();
            assertThat(calendar.isBankHoliday(date("2021-12-28"))).isTrue();
            assertThat(calendar.isWorkingDay(date("2021-12-29"))).isTrue();
        }

        @Test
        void christmasOnSunday2022IsSubstitutedByTuesday27DecemberAfterBoxingDay() {
            assertThat(calendar.isBankHoliday(date("2022-12-26"))).isTrue();
            assertThat(calendar.isBankHoliday(date("2022-12-27"))).isTrue();
            assertThat(calendar.isWorkingDay(date("2022-12-28"))).isTrue();
        }

        @Test
        void boxingDayOnSaturdayIsSubstitutedByTheFollowingMonday() {
            assertThat(calendar.isBankHoliday(date("2020-12-28"))).isTrue();
            assertThat(calendar.isBankHoliday(date("2026-12-28"))).isTrue();
            assertThat(calendar.isWorkingDay(date("2026-12-29"))).isTrue();
        }

        @Test
        void weekendsAreNotWorkingDaysAndOrdinaryWeekdaysAre() {
            assertThat(calendar.isWorkingDay(date("2025-06-07"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2025-06-08"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2025-06-09"))).isTrue();
        }
    }

    @Nested
    class ClosureDays {

        private final EnglandAndWalesWorkingDayCalendar withChristmasEveClosed = new EnglandAndWalesWorkingDayCalendar(
                EnglandAndWalesWorkingDayCalendar.LONDON, Set.of(date("2025-12-24")));

        @Test
        void configuredClosureDayIsNotAWorkingDayButIsNoBankHoliday() {
            assertThat(withChristmasEveClosed.isWorkingDay(date("2025-12-24"))).isFalse();
            assertThat(withChristmasEveClosed.isBankHoliday(date("2025-12-24"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2025-12-24"))).isTrue();
        }

        @Test
        void addingWorkingDaysSkipsTheClosureDayAndTheChristmasBankHolidays() {
            assertThat(calendar.addWorkingDays(date("2025-12-23"), 1)).isEqualTo(date("2025-12-24"));
            assertThat(withChristmasEveClosed.addWorkingDays(date("2025-12-23"), 1)).isEqualTo(date("2025-12-29"));
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void addingOneWorkingDayToFridayBeforeEarlyMayBankHolidayGivesTuesday() {
            assertThat(calendar.addWorkingDays(date("2025-05-02"), 1)).isEqualTo(date("2025-05-06"));
        }

        @Test
        void addingFiveWorkingDaysAcrossEasterSkipsGoodFridayAndEasterMonday() {
            assertThat(calendar.addWorkingDays(date("2025-04-16"), 5)).isEqualTo(date("2025-04-25"));
        }

        @Test
        void fortyFiveWorkingDaysFrom1April2025Is9June2025() {
            // By hand: 69 calendar days to 9 June, less 20 weekend days, less Good Friday, Easter Monday,
            // early May and spring bank holidays = 45.
            assertThat(calendar.addWorkingDays(date("2025-04-01"), 45)).isEqualTo(date("2025-06-09"));
        }

        @Test
        void subtractingOneWorkingDayFromTuesdayAfterEarlyMayBankHolidayGivesFriday() {
            assertThat(calendar.subtractWorkingDays(date("2025-05-06"), 1)).isEqualTo(date("2025-05-02"));
        }

        @Test
        void subtractingTwoWorkingDaysAcrossEasterGivesMaundyThursday() {
            assertThat(calendar.subtractWorkingDays(date("2025-04-22"), 2)).isEqualTo(date("2025-04-16"));
        }

        @Test
        void addingFromAWeekendCountsTheNextWorkingDayAsTheFirst() {
            assertThat(calendar.addWorkingDays(date("2025-06-07"), 1)).isEqualTo(date("2025-06-09"));
            assertThat(calendar.subtractWorkingDays(date("2025-06-08"), 1)).isEqualTo(date("2025-06-06"));
        }

        @Test
        void addingANegativeCountSubtracts() {
            assertThat(calendar.addWorkingDays(date("2025-05-06"), -1)).isEqualTo(date("2025-05-02"));
            assertThat(calendar.subtractWorkingDays(date("2025-05-02"), -1)).isEqualTo(date("2025-05-06"));
        }

        @Test
        void addingZeroWorkingDaysLeavesTheDateAsItIs() {
            assertThat(calendar.addWorkingDays(date("2025-06-07"), 0)).isEqualTo(date("2025-06-07"));
        }

        @Test
        void workingDaysBetweenCountsForwardsOverABankHolidayAndNegativeBackwards() {
            assertThat(calendar.workingDaysBetween(date("2025-05-02"), date("2025-05-06"))).isEqualTo(1);
            assertThat(calendar.workingDaysBetween(date("2025-05-06"), date("2025-05-02"))).isEqualTo(-1);
            assertThat(calendar.workingDaysBetween(date("2025-04-01"), date("2025-06-09"))).isEqualTo(45);
            assertThat(calendar.workingDaysBetween(date("2025-06-09"), date("2025-04-01"))).isEqualTo(-45);
            assertThat(calendar.workingDaysBetween(date("2025-06-09"), date("2025-06-09"))).isZero();
        }

        @ParameterizedTest(name = "from {0}")
        @ValueSource(strings = {"2025-04-17", "2025-04-18", "2025-04-19", "2025-04-20", "2025-12-24", "2022-06-01"})
        void workingDaysBetweenUndoesAddAndSubtractFromAnyStartingDay(String iso) {
            LocalDate from = date(iso);
            for (int n = 0; n <= 10; n++) {
                assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).isEqualTo(n);
                assertThat(calendar.workingDaysBetween(from, calendar.subtractWorkingDays(from, n))).isEqualTo(-n);
            }
        }
    }
}
