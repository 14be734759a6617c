/**
 * The command side: the Agreement and Case aggregates that decide what may happen, the guidance rules they apply,
 * the clocks that remind and escalate, and the HTTP command API.
 */
package uk.familyagreements.command;
