/** Administration of the staff directory: users, their roles, teams and services, and password resets. */
package uk.familyagreements.app.admin;
