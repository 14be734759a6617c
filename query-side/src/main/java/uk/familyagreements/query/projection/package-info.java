/**
 * What every view shares: how fresh a projection is (its token position), waiting for it to catch up, paging
 * parameters, and the operator's rebuild of a projection with its progress.
 */
package uk.familyagreements.query.projection;
