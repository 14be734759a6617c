/**
 * Agreements with families: the aggregate that carries an agreement through draft, approval, signatures, force,
 * variation and end, and the HTTP resource that sends its commands.
 */
package uk.familyagreements.command.agreement;
