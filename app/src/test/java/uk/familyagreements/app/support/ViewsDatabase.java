package uk.familyagreements.app.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uk.familyagreements.kernel.calendar.WorkingDayCalendar;

/**
 * A fresh database on the shared PostgreSQL with every migration applied, for projection tests that call handlers
 * directly without a Spring context. Each call makes a new database, so tests never see each other's rows.
 */
public final class ViewsDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private ViewsDatabase() {
    }

    public static JdbcClient fresh() {
        String name = "views_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        JdbcClient admin = JdbcClient.create(SharedPostgres.instance().getPostgresDatabase());
        admin.sql("CREATE DATABASE " + name).update();
        DataSource dataSource = new SingleConnectionDataSource(
                SharedPostgres.instance().getJdbcUrl("postgres", name), "postgres", "postgres", true);
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/command", "classpath:db/migration/query").load().migrate();
        return JdbcClient.create(dataSource);
    }

    /** Weekdays are working days, in London: enough to test thresholds without bank holidays. */
    public static WorkingDayCalendar weekdays() {
        return new WorkingDayCalendar() {
            @Override
            public ZoneId zone() {
                return ZoneId.of("Europe/London");
            }

            @Override
            public boolean isWorkingDay(LocalDate date) {
                return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
            }

            @Override
            public LocalDate addWorkingDays(LocalDate from, int workingDays) {
                LocalDate date = from;
                for (int i = 0; i < workingDays; ) {
                    date = date.plusDays(1);
                    if (isWorkingDay(date)) {
                        i++;
                    }
                }
                return date;
            }

            @Override
            public LocalDate subtractWorkingDays(LocalDate from, int workingDays) {
                LocalDate date = from;
                for (int i = 0; i < workingDays; ) {
                    date = date.minusDays(1);
                    if (isWorkingDay(date)) {
                        i++;
                    }
                }
                return date;
            }

            @Override
            public int workingDaysBetween(LocalDate from, LocalDate to) {
                int days = 0;
                if (to.isAfter(from)) {
                    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                        days += isWorkingDay(d) ? 1 : 0;
                    }
                } else {
                    for (LocalDate d = to; d.isBefore(from); d = d.plusDays(1)) {
                        days -= isWorkingDay(d) ? 1 : 0;
                    }
                }
                return days;
            }
        };
    }
}
