/**
 * The text checks of the practice guidance: small pure policies (content in, violations out) that find vague
 * timescales, jargon, hard-to-read text, commitments without timing and victims of domestic abuse made
 * responsible for their abuser. {@link uk.familyagreements.command.agreement.guidance.GuidanceChecker} is the
 * only public entry point.
 */
package uk.familyagreements.command.agreement.guidance;
