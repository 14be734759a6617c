package uk.familyagreements.command.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.familyagreements.kernel.calendar.WorkingDayCalendar;

class CalendarConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CalendarConfiguration.class);

    @Test
    void withoutSettingsTheCalendarIsLondonWithNoClosureDays() {
        context.run(ctx -> {
            WorkingDayCalendar calendar = ctx.getBean(WorkingDayCalendar.class);
            assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/London"));
            assertThat(calendar.isWorkingDay(LocalDate.parse("2025-12-24"))).isTrue();
            assertThat(ctx).hasSingleBean(WorkingDayClock.class);
        });
    }

    @Test
    void configuredZoneAndIsoClosureDaysReachTheCalendar() {
        context.withPropertyValues(
                        "agreements.calendar.zone=Europe/Dublin",
                        "agreements.calendar.closure-days=2025-12-24,2025-12-31")
                .run(ctx -> {
                    WorkingDayCalendar calendar = ctx.getBean(WorkingDayCalendar.class);
                    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
                    assertThat(calendar.isWorkingDay(LocalDate.parse("2025-12-24"))).isFalse();
                    assertThat(calendar.isWorkingDay(LocalDate.parse("2025-12-31"))).isFalse();
                    assertThat(calendar.isWorkingDay(LocalDate.parse("2025-12-30"))).isTrue();
                });
    }
}
