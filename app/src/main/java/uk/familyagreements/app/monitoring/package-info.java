/**
 * What the service tells an operator about itself beyond health: Axon's processor metrics, bounded in memory.
 */
package uk.familyagreements.app.monitoring;
