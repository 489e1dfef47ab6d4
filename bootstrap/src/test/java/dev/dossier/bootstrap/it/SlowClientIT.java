package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of clients sending an upload body at a byte a second neither starve the others (normal
 * GETs keep answering while they hang on) nor stay: each is cut with 408 once the minimum rate's
 * grace is over.
 */
class SlowClientIT {
    private static final int SLOW_CLIENTS = 500;
    private static final int GRACE_SECONDS = 5;
    private static final Duration GET_TIMEOUT = Duration.ofSeconds(15);
    private final Path dataDir = Path.of(System.getProperty("dossier.it.dir"), "slow-clients-" + System.nanoTime());

    @Test
    void givenHundredsOfSlowUploads_whenOthersCall_thenTheyAnswerAndTheSlowOnesAreCut() throws Exception {
        int port = GracefulShutdownIT.freePort();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        ScriptedServer server = ScriptedServer.start(
                port, dataDir, log, "", Map.of("DOSSIER_MIN_UPLOAD_RATE_GRACE_SECONDS", String.valueOf(GRACE_SECONDS)));
        List<RawUpload> slow = new ArrayList<>();
        try {
            server.awaitReady();
            String token = Files.readString(dataDir.resolve("admin-token")).strip();
            String key = server.api(token).newTenant().apiKey();
            byte[] pdf = TestFiles.pdfOfSize(100_000);
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                RawUpload upload = RawUpload.start(port, key, pdf);
                upload.send(1);
                slow.add(upload);
            }

            // while they hang on, everyone else is served
            for (int i = 0; i < 4; i++) {
                // answered at all within the client's timeout (generous: the machine may be busy)
                assertThat(GracefulShutdownIT.statusOrRefused(port, "/api/v1/documents/", key, GET_TIMEOUT))
                        .as("a normal GET while " + SLOW_CLIENTS + " uploads trickle in")
                        .isEqualTo(200);
                trickle(slow);
            }

            // then every slow upload is cut: 408 with the JSON body, or the connection closed
            // (a generous margin past the grace: on a busy machine the GETs above may take a while)
            Instant deadline = Instant.now().plus(Duration.ofSeconds(GRACE_SECONDS + 60));
            List<RawUpload> open = new ArrayList<>(slow);
            int answered408 = 0;
            while (!open.isEmpty() && Instant.now().isBefore(deadline)) {
                for (Iterator<RawUpload> it = open.iterator(); it.hasNext(); ) {
                    RawUpload upload = it.next();
                    String answer = upload.answer(1);
                    if (answer == null || !answer.isEmpty()) {
                        if (answer != null) {
                            assertThat(answer).startsWith("HTTP/1.1 408").contains("arrived too slowly");
                            answered408++;
                        }
                        it.remove();
                    }
                }
                trickle(open);
            }
            assertThat(open.size())
                    .as("slow uploads of " + SLOW_CLIENTS + " still open 60 s past the grace")
                    .isZero();
            assertThat(answered408).as("slow uploads answered 408").isPositive();
            assertThat(GracefulShutdownIT.statusOrRefused(port, "/api/v1/documents/", key))
                    .isEqualTo(200);
        } finally {
            for (RawUpload upload : slow) {
                upload.close();
            }
            server.close();
        }
    }

    /** One more byte on each connection, about a second apart; a connection the server closed is skipped. */
    private static void trickle(List<RawUpload> uploads) throws InterruptedException {
        for (RawUpload upload : uploads) {
            try {
                upload.send(1);
            } catch (IOException closed) {
                // cut by the server: its answer is read by the caller
            }
        }
        Thread.sleep(1000);
    }
}
