package uk.familyagreements.command.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The authority's calendar settings.
 *
 * @param zone        zone in which deadline dates are read
 * @param closureDays days the authority is closed besides bank holidays (ISO dates, e.g. {@code 2025-12-24})
 */
@ConfigurationProperties(prefix = "agreements.calendar")
public record CalendarProperties(@DefaultValue("Europe/London") ZoneId zone, @DefaultValue List<LocalDate> closureDays) {

    public CalendarProperties {
        closureDays = List.copyOf(closureDays);
    }
}
