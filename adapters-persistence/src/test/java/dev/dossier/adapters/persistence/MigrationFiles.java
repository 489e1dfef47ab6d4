package dev.dossier.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test support: the versions of the migration scripts in src/main/resources and of the Java migrations, in order,
 * so tests need no edit per migration.
 */
final class MigrationFiles {
    private static final Pattern VERSIONED = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__.+\\.(sql|java)$");
    private static final Path JAVA_MIGRATIONS =
            Path.of("src", "main", "java", "dev", "dossier", "adapters", "persistence", "migration");

    private MigrationFiles() {}

    static List<String> versions() {
        return versions(false);
    }

    /** The versions a database runs: the shared ones and those of its own location (PostgreSQL's or H2's). */
    static List<String> versions(boolean postgreSql) {
        // the tests run in the module directory; the packaged jar on the class path is not a directory
        Path resources = Path.of("src", "main", "resources", "db");
        try (Stream<Path> shared = Files.list(resources.resolve("migration"));
                Stream<Path> own = Files.list(resources.resolve(postgreSql ? "postgresql" : "h2"));
                Stream<Path> java = Files.list(JAVA_MIGRATIONS)) {
            return Stream.of(shared, own, java)
                    .flatMap(s -> s)
                    .map(p -> VERSIONED.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '.'))
                    .sorted(Comparator.comparing(MigrationFiles::numeric))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Double numeric(String version) {
        String[] parts = version.split("\\.");
        return Double.parseDouble(parts[0]) + (parts.length > 1 ? Double.parseDouble(parts[1]) / 1000 : 0);
    }
}
