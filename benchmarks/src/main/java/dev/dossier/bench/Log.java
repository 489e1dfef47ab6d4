package dev.dossier.bench;

import java.time.LocalTime;

/** The bench's progress, on standard error (the table goes to standard output). */
final class Log {
    private Log() {}

    static void log(String s) {
        System.err.println("[bench " + LocalTime.now().withNano(0) + "] " + s);
    }
}
