/** Who may use the service: authentication of people and API clients, and the acting user of every command. */
package uk.familyagreements.app.security;
