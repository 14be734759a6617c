/**
 * The agreement clocks: a saga per agreement that schedules its deadlines on Quartz (copies, multi-agency meeting,
 * review points, end of period, CIN assessment, the escalation ladder) and sends a command when one passes unmet,
 * so that every missed deadline becomes an event on the agreement.
 */
package uk.familyagreements.command.deadlines;
