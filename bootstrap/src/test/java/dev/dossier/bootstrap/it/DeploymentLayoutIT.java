package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The layout the build hands to scripts/run.sh and the API tests: the WAR carries Dossier's own
 * modules only, because Payara parses every class of every jar in WEB-INF/lib at each deployment
 * (which made the start slow); the third-party libraries sit beside it in
 * {@code runtime/lib}, one version of each, for the server's lib directory.
 */
class DeploymentLayoutIT {
    private static final List<String> MODULES =
            List.of("domain", "application", "adapters-rest", "adapters-persistence", "adapters-storage");
    /** A jar's name without its version: everything before "-<digit>". */
    private static final Pattern VERSIONED = Pattern.compile("(.+?)-(\\d.*)\\.jar");

    private final Path war = Path.of(System.getProperty("dossier.it.war"));
    private final Path libs = Path.of(System.getProperty("dossier.it.runtime.dir"), "lib");

    @Test
    void givenTheBuiltWar_thenItsLibrariesAreDossiersModulesAndTheSwaggerUiFilesOnly() throws IOException {
        List<String> names;
        try (ZipFile zip = new ZipFile(war.toFile())) {
            names = zip.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.startsWith("WEB-INF/lib/") && n.endsWith(".jar"))
                    .map(n -> artifact(n.substring("WEB-INF/lib/".length())))
                    .sorted()
                    .toList();
        }
        assertThat(names)
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(MODULES.stream(), Stream.of("swagger-ui")).toList());
    }

    @Test
    void givenTheBuild_thenTheLibrariesBesideTheWarHoldOneVersionOfEachAndNoDossierModule() throws IOException {
        List<String> jars;
        try (Stream<Path> files = Files.list(libs)) {
            jars = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".jar"))
                    .toList();
        }
        Map<String, List<String>> byArtifact = new TreeMap<>();
        for (String jar : jars) {
            byArtifact
                    .computeIfAbsent(coordinates(libs.resolve(jar)), k -> new ArrayList<>())
                    .add(jar);
        }
        assertThat(jars.stream().map(DeploymentLayoutIT::artifact))
                .as("what the adapters need at run time")
                .contains(
                        "minio",
                        "okhttp-jvm",
                        "flyway-core",
                        "flyway-database-postgresql",
                        "jetty-http",
                        "slf4j-jdk14");
        assertThat(byArtifact.values())
                .as("one version per library (a rebuild leaves no older one behind)")
                .allSatisfy(versions -> assertThat(versions).hasSize(1));
        assertThat(byArtifact.keySet()).noneMatch(k -> k.startsWith("dev.dossier:") || k.startsWith("org.webjars:"));
    }

    /**
     * groupId:artifactId from the jar's Maven metadata (jackson-core 2 and 3 share a file name but
     * not a group); the file name without its version for jars built without it (MinIO, okhttp).
     */
    private static String coordinates(Path jar) throws IOException {
        String fromName = artifact(jar.getFileName().toString());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> found = new ArrayList<>();
            for (var e : Collections.list(zip.entries())) {
                if (e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")) {
                    var props = new Properties();
                    try (var in = zip.getInputStream(e)) {
                        props.load(in);
                    }
                    found.add(props.getProperty("groupId") + ":" + props.getProperty("artifactId"));
                }
            }
            return found.stream()
                    .filter(c -> c.endsWith(":" + fromName))
                    .findFirst()
                    .orElse("file:" + fromName);
        }
    }

    private static String artifact(String jarName) {
        Matcher m = VERSIONED.matcher(jarName);
        return m.matches() ? m.group(1) : jarName;
    }
}
