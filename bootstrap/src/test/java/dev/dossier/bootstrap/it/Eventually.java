package dev.dossier.bootstrap.it;

import java.util.function.BooleanSupplier;

/** Waits for what a background job does, polling every 100 ms. */
final class Eventually {
    private Eventually() {}

    static void within(int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not true within " + seconds + " s");
            }
            Thread.sleep(100);
        }
    }

    static void asserted(int seconds, Runnable assertion) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
