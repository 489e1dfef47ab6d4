package dev.dossier.bench;

import static dev.dossier.bench.Log.log;
import static dev.dossier.bench.Stats.fmt;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The rows and notes of a run, and where they go: the table and notes on standard output, and
 * benchmarks/results/latest.{json,md} for a full run or partial.{json,md} for a partial one (a
 * partial run never replaces the committed full run). The format stays that of earlier runs, so
 * that results compare line by line.
 */
final class Results {
    /** One row of the table: Dossier's figure, the raw component's, their ratio and the target. */
    record Row(
            String id,
            String name,
            String unit,
            double dossier,
            Double baseline,
            Double ratio,
            String target,
            Boolean met) {}

    private final List<Row> rows = Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    void row(
            String id,
            String name,
            String unit,
            double dossier,
            Double baseline,
            Double ratio,
            String target,
            Boolean met) {
        rows.add(new Row(id, name, unit, dossier, baseline, ratio, target, met));
        log(String.format(
                Locale.ROOT,
                "ROW %s | %s | %s | %s | %s | %s | %s",
                id,
                name,
                fmt(dossier),
                baseline == null ? "—" : fmt(baseline),
                ratio == null ? "—" : fmt(ratio),
                target,
                met == null ? "—" : met ? "yes" : "NO"));
    }

    void note(String note) {
        notes.add(note);
    }

    /** Prints the table and notes, and writes them to benchmarks/results/. */
    void write(BenchConfig config) {
        List<Row> rowsNow;
        List<String> notesNow;
        synchronized (rows) {
            rowsNow = List.copyOf(rows);
        }
        synchronized (notes) {
            notesNow = List.copyOf(notes);
        }
        String table = table(rowsNow);
        System.out.println();
        System.out.print(table);
        for (String n : notesNow) {
            System.out.println("- " + n);
        }
        try {
            String name = config.fullRun() ? "latest" : "partial";
            Path out = config.root().resolve("benchmarks/results/" + name + ".json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, json(config, rowsNow, notesNow));
            Files.writeString(config.root().resolve("benchmarks/results/" + name + ".md"), table);
            log("wrote " + out);
        } catch (IOException e) {
            log("cannot write results: " + e);
        }
    }

    private static String table(List<Row> rows) {
        StringBuilder t = new StringBuilder();
        t.append("| # | measurement | Dossier | raw component | ratio | target | met |\n");
        t.append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            t.append("| ").append(r.id()).append(" | ").append(r.name()).append(" | ");
            t.append(fmt(r.dossier())).append(" | ");
            t.append(r.baseline() == null ? "—" : fmt(r.baseline())).append(" | ");
            t.append(r.ratio() == null ? "—" : fmt(r.ratio()) + "×").append(" | ");
            t.append(r.target()).append(" | ");
            t.append(r.met() == null ? "—" : r.met() ? "yes" : "**no**").append(" |\n");
        }
        return t.toString();
    }

    /** One row per line and numbers to four decimals, as every earlier results file. */
    private static String json(BenchConfig config, List<Row> rows, List<String> notes) {
        StringBuilder j = new StringBuilder("{\n");
        j.append("  \"generated_at\": \"").append(Instant.now()).append("\",\n");
        j.append("  \"machine_cpus\": ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(",\n");
        j.append("  \"seed_documents\": ").append(config.seedDocuments()).append(",\n");
        j.append("  \"rows\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            j.append("    {\"row\": ").append(value(r.id()));
            j.append(", \"name\": ").append(value(r.name()));
            j.append(", \"unit\": ").append(value(r.unit()));
            j.append(", \"dossier\": ").append(value(r.dossier()));
            j.append(", \"baseline\": ").append(value(r.baseline()));
            j.append(", \"ratio\": ").append(value(r.ratio()));
            j.append(", \"target\": ").append(value(r.target()));
            j.append(", \"met\": ").append(value(r.met()));
            j.append(i + 1 < rows.size() ? "},\n" : "}\n");
        }
        j.append("  ],\n  \"notes\": [");
        for (int i = 0; i < notes.size(); i++) {
            j.append(i > 0 ? ", " : "").append(value(notes.get(i)));
        }
        j.append("]\n}\n");
        return j.toString();
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Double d) {
            return Double.isNaN(d) || Double.isInfinite(d) ? "null" : String.format(Locale.ROOT, "%.4f", d);
        }
        if (v instanceof Boolean) {
            return v.toString();
        }
        // a JSON string, escaped by Jakarta JSON (quotes, backslashes and control characters)
        return Json.createValue(v.toString()).toString();
    }
}
