package uk.familyagreements.kernel.calendar;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Working days of the authority: weekdays that are neither England and Wales bank holidays nor local closure days.
 */
public interface WorkingDayCalendar {

    /** The authority's zone, in which dates are read. */
    ZoneId zone();

    boolean isWorkingDay(LocalDate date);

    /** The date {@code workingDays} working days after {@code from} ({@code from} itself is not counted). */
    LocalDate addWorkingDays(LocalDate from, int workingDays);

    /** The date {@code workingDays} working days before {@code from}. */
    LocalDate subtractWorkingDays(LocalDate from, int workingDays);

    /**
     * Working days after {@code from} up to and including {@code to}; when {@code to} is earlier, minus the working
     * days from {@code to} (included) up to {@code from} (excluded). So it undoes the two methods above:
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} and
     * {@code workingDaysBetween(d, subtractWorkingDays(d, n)) == -n}.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
