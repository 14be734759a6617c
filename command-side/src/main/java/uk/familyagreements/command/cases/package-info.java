/** Cases as the case management system knows them: opened, allocated, and closed only when no written agreement is active. */
package uk.familyagreements.command.cases;
