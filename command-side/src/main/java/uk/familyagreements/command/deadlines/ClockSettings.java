package uk.familyagreements.command.deadlines;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each clock runs; the defaults are the guidance's. Working days are counted by the authority's calendar.
 *
 * @param copiesDue                  from coming into force to copies sent to parents and professionals
 * @param meetingWorkingDays         from coming into force to the multi-agency meeting arranged (written agreements)
 * @param reviewReminderWorkingDays  how long before a review point the practitioner is reminded
 * @param escalationClimbWorkingDays how long a team manager has to decide before it goes to the service manager
 * @param breachDecisionWorkingDays  how long a team manager has to decide after a breach
 * @param assessmentWorkingDays      from the start of a CIN assessment to its due date
 */
@ConfigurationProperties(prefix = "agreements.clocks")
public record ClockSettings(
        @DefaultValue("PT24H") Duration copiesDue,
        @DefaultValue("5") int meetingWorkingDays,
        @DefaultValue("1") int reviewReminderWorkingDays,
        @DefaultValue("2") int escalationClimbWorkingDays,
        @DefaultValue("1") int breachDecisionWorkingDays,
        @DefaultValue("45") int assessmentWorkingDays) {

    public static ClockSettings defaults() {
        return new ClockSettings(Duration.ofHours(24), 5, 1, 2, 1, 45);
    }
}
