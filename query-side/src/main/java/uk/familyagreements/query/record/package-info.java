/**
 * The agreement record: every version's content, signatures with their hashes, consent checks, copies, reviews,
 * breaches, decisions, warnings and a timeline; also the agreement "as it stood" at any instant, folded from its
 * events by the same pure function.
 */
package uk.familyagreements.query.record;
