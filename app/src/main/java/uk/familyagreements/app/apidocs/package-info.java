/** The OpenAPI description of the HTTP API, served at {@code /v3/api-docs} and shown at {@code /swagger-ui.html}. */
package uk.familyagreements.app.apidocs;
