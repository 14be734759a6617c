/**
 * The blocking rules of the practice guidance as pure functions: content and state in, every violation out.
 * The aggregate applies them; the same functions can tell a draft's author what is still missing.
 */
package uk.familyagreements.command.agreement.rules;
