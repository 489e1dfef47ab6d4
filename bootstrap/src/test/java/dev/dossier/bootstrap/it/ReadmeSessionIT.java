package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's sessions, pasted as they are: every {@code bash} block of the README that talks to
 * {@code $BASE} runs, in order, in one shell against a server started as the quick start says, from
 * a directory where {@code data/} is that server's data directory. Only the base URL is changed (to
 * this run's port). A command that fails, or an expected answer that is missing, fails the test.
 */
class ReadmeSessionIT {
    private static final String README_BASE = "BASE=http://localhost:8080";

    private final int port = Integer.getInteger("dossier.it.restart.http.port");
    private final Path workDir = Path.of(System.getProperty("dossier.it.dir"), "readme-" + System.nanoTime());

    @Test
    void givenTheReadmesSessions_whenPastedIntoBash_thenEveryCommandSucceeds() throws Exception {
        List<String> blocks = sessionBlocks(Path.of(System.getProperty("dossier.it.scripts.dir"))
                .getParent()
                .resolve("README.md"));
        assertThat(blocks).as("README blocks that talk to $BASE").isNotEmpty();
        assertThat(blocks.get(0)).as("the first session sets the base URL").contains(README_BASE);
        String script = "set -e -o pipefail\n"
                + String.join("\n", blocks).replace(README_BASE, "BASE=http://127.0.0.1:" + port);

        Path dataDir = workDir.resolve("data");
        try (ScriptedServer server = ScriptedServer.start(port, dataDir, workDir.resolve("server.log"), "", Map.of())) {
            server.awaitReady();
            Path output = workDir.resolve("session.out");
            Process session = new ProcessBuilder("bash", "-c", script)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            assertThat(session.waitFor(180, TimeUnit.SECONDS))
                    .as("the session ends")
                    .isTrue();
            String printed = Files.readString(output, StandardCharsets.UTF_8);

            assertThat(session.exitValue()).as(printed + "\n" + server.tail()).isZero();
            assertThat(printed)
                    .as(printed)
                    .contains("same bytes")
                    .contains("{\"detail\":\"Not found.\"}")
                    .contains("stored encrypted")
                    .contains("This entity is under legal hold.")
                    .contains("\n204\n")
                    .contains("{\"documents_days\":365}")
                    .contains("\"valid\":true");
        }
    }

    /** The README's {@code bash} blocks that use {@code $BASE}, in the order they appear. */
    private static List<String> sessionBlocks(Path readme) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            if (block == null && line.equals("```bash")) {
                block = new StringBuilder();
            } else if (block != null && line.startsWith("```")) {
                if (block.indexOf("$BASE") >= 0) {
                    blocks.add(block.toString());
                }
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }
}
