/**
 * Tamper evidence: the hash chain over each aggregate's events, and its verification for one agreement or all,
 * over HTTP for auditors and as a command for operators (ADR 0042).
 */
package uk.familyagreements.app.integrity;
