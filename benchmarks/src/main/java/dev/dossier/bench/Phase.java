package dev.dossier.bench;

/**
 * One part of the suite. A phase keeps nothing between runs and shares nothing with the others
 * except through the {@link Harness}: the server under test, its tenant, the transfers made so far,
 * the seeded documents and the results.
 */
interface Phase {
    /** The phase's name, as BENCH_ONLY names it. */
    String name();

    void run(Harness h) throws Exception;
}
