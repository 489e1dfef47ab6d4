package dev.dossier.bootstrap.it;

import dev.dossier.adapters.storage.scanning.TestClamd;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one real clamd (Debian's, on a one-signature database: {@link TestClamd}) before any
 * integration test, on the port Failsafe gave the deployed WAR in DOSSIER_CLAMD_ADDRESS, so the
 * server scans with it from its first upload. Tests may stop and restart it to play a scanner outage.
 */
public final class ClamdLauncher implements LauncherSessionListener {
    private static TestClamd clamd;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("dossier.it.clamd.port");
        if (port == null || clamd != null) {
            return; // unit-test run (Surefire): no scanner needed
        }
        try {
            clamd = TestClamd.start(Path.of(System.getProperty("dossier.it.dir"), "clamd"), Integer.parseInt(port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start clamd on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (clamd != null) {
            clamd.stop();
            clamd = null;
        }
    }

    /** Stops the scanner: its port refuses connections until {@link #start()}. */
    static synchronized void stop() {
        clamd.stop();
    }

    /** Starts the scanner again, on the same port and database. */
    static synchronized void start() throws IOException {
        clamd.start();
    }
}
