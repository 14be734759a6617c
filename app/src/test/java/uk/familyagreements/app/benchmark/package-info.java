/**
 * The views benchmark: a data generator for a large authority and the measurements of docs/benchmarks.md. Run only
 * on demand ({@code -Dit.test=ViewsBenchmark}); its class name matches neither *Test nor *IT, so the build never
 * runs it.
 */
package uk.familyagreements.app.benchmark;
