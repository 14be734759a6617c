/** Who is acting: the user every command is stamped with, and the role check for manager-only commands. */
package uk.familyagreements.command.identity;
