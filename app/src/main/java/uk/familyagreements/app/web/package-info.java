/** How the service answers a request it cannot carry out: RFC 9457 problem details, never a stack trace. */
package uk.familyagreements.app.web;
