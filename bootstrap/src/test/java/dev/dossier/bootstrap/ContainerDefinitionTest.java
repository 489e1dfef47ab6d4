package dev.dossier.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container image definition and the compose file, checked without a container engine (none
 * runs where Dossier is built): the invariants the documentation promises, and the scripts the
 * image starts are valid shell.
 */
class ContainerDefinitionTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    /** The settings only the start scripts read (the data source and the JVM), not MicroProfile Config. */
    private static final Set<String> SCRIPT_SETTINGS =
            Set.of("DOSSIER_DB_URL", "DOSSIER_DB_USER", "DOSSIER_DB_PASSWORD", "DOSSIER_JAVA_OPTS");

    @Test
    void givenTheContainerfile_thenItRunsRunShAsANonRootUserOnATemurin17Jre() throws IOException {
        List<String> lines = instructions(ROOT.resolve("Containerfile"));
        List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();

        assertThat(froms.get(froms.size() - 1)).matches("FROM (docker\\.io/library/)?eclipse-temurin:17-jre");
        assertThat(last(lines, "ENTRYPOINT ")).isEqualTo("ENTRYPOINT [\"scripts/run.sh\"]");
        String user = last(lines, "USER ").substring("USER ".length()).trim();
        assertThat(user).isNotIn("root", "0", "0:0");
        assertThat(lines.indexOf(last(lines, "USER "))).isGreaterThan(lines.indexOf(froms.get(froms.size() - 1)));
        assertThat(last(lines, "HEALTHCHECK ")).contains("/health/ready");
        assertThat(last(lines, "VOLUME ")).contains("\"/data\"");
        assertThat(lines).anyMatch(l -> l.startsWith("ENV ") && l.contains("DOSSIER_DATA_DIR=/data"));
        assertThat(ROOT.resolve("scripts/run.sh")).isExecutable();
    }

    @Test
    void givenTheComposeFile_thenDossierRunsOnPostgresAndMinioWithSettingsItReads() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("compose.yaml")));
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsKeys("dossier", "postgres", "minio");
        assertThat(map(map(services.get("dossier")).get("build")).get("dockerfile"))
                .isEqualTo("Containerfile");

        Set<String> settings =
                map(map(services.get("dossier")).get("environment")).keySet();
        Set<String> known = new TreeSet<>(SCRIPT_SETTINGS);
        known.addAll(configuredSettings());
        assertThat(known).contains("DOSSIER_STORAGE", "DOSSIER_S3_ENDPOINT", "DOSSIER_ADMIN_TOKEN");
        assertThat(settings)
                .contains("DOSSIER_DB_URL", "DOSSIER_STORAGE", "DOSSIER_S3_ENDPOINT", "DOSSIER_MASTER_KEY")
                .allSatisfy(
                        name -> assertThat(known).as("settings Dossier reads").contains(name));
        assertThat(String.valueOf(
                        map(map(services.get("dossier")).get("environment")).get("DOSSIER_S3_ENDPOINT")))
                .isEqualTo("http://minio:9000");
    }

    /** bash -n on every script, and ShellCheck's warnings when it is installed (scripts/test.sh installs it). */
    @Test
    void givenTheScripts_thenTheyAreValidShell() throws Exception {
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(ROOT.resolve("scripts"))) {
            scripts = files.filter(f -> f.toString().endsWith(".sh")).sorted().toList();
        }
        assertThat(scripts).contains(ROOT.resolve("scripts/run.sh"), ROOT.resolve("scripts/run-liberty.sh"));
        for (Path script : scripts) {
            assertThat(run(List.of("bash", "-n", script.toString())))
                    .as(script.toString())
                    .isEmpty();
        }
        assumeThat(Files.isExecutable(Path.of("/usr/bin/shellcheck")))
                .as("shellcheck installed")
                .isTrue();
        List<String> shellcheck = new ArrayList<>(List.of("shellcheck", "-x", "-P", "SCRIPTDIR", "-S", "warning"));
        scripts.forEach(s -> shellcheck.add(s.toString()));
        assertThat(run(shellcheck)).isEmpty();
    }

    /** The DOSSIER_* names of every MicroProfile Config property Dossier injects. */
    private static Set<String> configuredSettings() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.dossier");
        Set<String> names = new TreeSet<>();
        classes.forEach(c -> {
            c.getFields()
                    .forEach(f -> f.tryGetAnnotationOfType(ConfigProperty.class)
                            .ifPresent(p -> names.add(environmentName(p.name()))));
            c.getCodeUnits()
                    .forEach(u -> u.getParameters()
                            .forEach(p -> p.tryGetAnnotationOfType(ConfigProperty.class)
                                    .ifPresent(a -> names.add(environmentName(a.name())))));
        });
        return names;
    }

    /** MicroProfile Config's environment form of a property: dossier.s3.access-key is DOSSIER_S3_ACCESS_KEY. */
    private static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The Containerfile's instructions, continuation lines joined, comments left out. */
    private static List<String> instructions(Path file) throws IOException {
        List<String> joined = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            current.append(line.strip());
            if (line.endsWith("\\")) {
                current.setLength(current.length() - 1);
                current.append(' ');
            } else {
                joined.add(current.toString());
                current.setLength(0);
            }
        }
        return joined;
    }

    private static String last(List<String> lines, String prefix) {
        return lines.stream()
                .filter(l -> l.startsWith(prefix))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + prefix.trim()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        assertThat(yaml).isInstanceOf(Map.class);
        return (Map<String, Object>) yaml;
    }

    /** Runs a command in the checkout and returns its output (empty when quiet); fails on a non-zero exit. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
