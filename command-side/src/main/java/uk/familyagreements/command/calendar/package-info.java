/**
 * Working days for the deadline clocks: England and Wales bank holidays, weekends and the authority's own closure
 * days, and the Spring wiring that configures them.
 */
package uk.familyagreements.command.calendar;
