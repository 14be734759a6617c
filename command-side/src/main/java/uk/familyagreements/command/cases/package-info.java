/**
 * Cases: the small aggregate that knows a case's allocation and which written agreements on it are active, so that
 * a case is never closed with a written agreement in place.
 */
package uk.familyagreements.command.cases;
