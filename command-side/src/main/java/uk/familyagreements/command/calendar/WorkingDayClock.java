package uk.familyagreements.command.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.UnaryOperator;
import uk.familyagreements.kernel.calendar.WorkingDayCalendar;

/**
 * Working-day arithmetic on instants, for deadlines. The date moves by working days in the calendar's zone and
 * the local time of day stays, so a deadline set at 09:00 falls due at 09:00 on both sides of a clock change
 * (the instant moves by 23 or 25 hours across that weekend, not 24).
 *
 * <p>A local time that does not exist on the target date (inside the spring-forward gap) moves forward by the
 * length of the gap; an ambiguous one (autumn overlap) takes the earlier offset, as {@link ZonedDateTime#of} does.
 */
public final class WorkingDayClock {

    private final WorkingDayCalendar calendar;

    public WorkingDayClock(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public Instant addWorkingDays(Instant from, int workingDays) {
        return shiftDate(from, date -> calendar.addWorkingDays(date, workingDays));
    }

    public Instant subtractWorkingDays(Instant from, int workingDays) {
        return shiftDate(from, date -> calendar.subtractWorkingDays(date, workingDays));
    }

    private Instant shiftDate(Instant from, UnaryOperator<LocalDate> shift) {
        ZonedDateTime local = from.atZone(calendar.zone());
        return ZonedDateTime.of(shift.apply(local.toLocalDate()), local.toLocalTime(), calendar.zone()).toInstant();
    }
}
