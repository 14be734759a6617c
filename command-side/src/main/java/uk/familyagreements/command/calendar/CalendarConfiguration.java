package uk.familyagreements.command.calendar;

import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.familyagreements.kernel.calendar.WorkingDayCalendar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
        return new EnglandAndWalesWorkingDayCalendar(properties.zone(), Set.copyOf(properties.closureDays()));
    }

    @Bean
    WorkingDayClock workingDayClock(WorkingDayCalendar calendar) {
        return new WorkingDayClock(calendar);
    }
}
