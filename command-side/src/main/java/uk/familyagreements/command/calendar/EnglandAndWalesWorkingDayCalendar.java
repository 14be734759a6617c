package uk.familyagreements.command.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import uk.familyagreements.kernel.calendar.WorkingDayCalendar;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays published on
 * <a href="https://www.gov.uk/bank-holidays">gov.uk</a> and the authority's configured closure days.
 *
 * <p>Bank holidays come from jollyday's United Kingdom calendar, subdivision {@value #ENGLAND}. England and Wales
 * share one list, so either subdivision gives it. Substitute days count, not the weekend date they replace.
 * Jollyday 1.6.0 holds the one-off holidays so far (2022: spring bank holiday moved to 2 June, platinum jubilee
 * 3 June, state funeral 19 September; 2023: coronation 8 May), so no list of our own is kept. A holiday proclaimed
 * before jollyday catches up can be configured as a closure day meanwhile.
 *
 * <p>Holidays are looked up once per year and kept, because deadline calculations step day by day. Thread-safe.
 */
public final class EnglandAndWalesWorkingDayCalendar implements WorkingDayCalendar {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Jollyday's subdivision key for England (identical to {@code "wls"}, Wales). */
    static final String ENGLAND = "eng";

    private final ZoneId zone;
    private final Set<LocalDate> closureDays;
    private final HolidayManager holidays =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private final Map<Integer, Set<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();

    /** Europe/London, no closure days. */
    public EnglandAndWalesWorkingDayCalendar() {
        this(LONDON, Set.of());
    }

    public EnglandAndWalesWorkingDayCalendar(ZoneId zone, Set<LocalDate> closureDays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.closureDays = Set.copyOf(closureDays);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !closureDays.contains(date)
                && !isBankHoliday(date);
    }

    /** An England and Wales bank holiday, substitute days included; closure days are not bank holidays. */
    public boolean isBankHoliday(LocalDate date) {
        return bankHolidaysByYear.computeIfAbsent(date.getYear(), this::bankHolidaysIn)
                .contains(date);
    }

    /** Also accepts a negative count, meaning {@link #subtractWorkingDays}; zero returns {@code from} itself. */
    @Override
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        return step(from, workingDays);
    }

    /** Also accepts a negative count, meaning {@link #addWorkingDays}; zero returns {@code from} itself. */
    @Override
    public LocalDate subtractWorkingDays(LocalDate from, int workingDays) {
        return step(from, Math.negateExact(workingDays));
    }

    /**
     * Counts so that {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} and
     * {@code workingDaysBetween(d, subtractWorkingDays(d, n)) == -n}: forwards, the working days in
     * ({@code from}, {@code to}]; backwards, minus those in [{@code to}, {@code from}).
     */
    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -countWorkingDays(to, from);
        }
        return countWorkingDays(from.plusDays(1), to.plusDays(1));
    }

    private LocalDate step(LocalDate from, int workingDays) {
        int direction = Integer.signum(workingDays);
        LocalDate date = from;
        for (int remaining = Math.abs(workingDays); remaining > 0; ) {
            date = date.plusDays(direction);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /** Working days in [{@code startInclusive}, {@code endExclusive}). */
    private int countWorkingDays(LocalDate startInclusive, LocalDate endExclusive) {
        int count = 0;
        for (LocalDate date = startInclusive; date.isBefore(endExclusive); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    private Set<LocalDate> bankHolidaysIn(int year) {
        return holidays.getHolidays(Year.of(year), ENGLAND).stream()
                .filter(holiday -> holiday.getType() != HolidayType.OBSERVANCE)
                // The observed date is the substitute weekday when the holiday falls on a weekend.
                .map(holiday -> holiday.getObservedDate().orElse(holiday.getActualDate()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
