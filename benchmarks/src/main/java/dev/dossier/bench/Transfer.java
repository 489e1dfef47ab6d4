package dev.dossier.bench;

import java.util.Map;

/** One timed transfer run: its rate, and the CPU each process spent per 10 MiB file. */
record Transfer(double mibPerSecond, Map<String, Double> cpuMillisPerFile) {
    double millisPerFile() {
        return Transfers.FILE_BYTES / (1024.0 * 1024.0) / mibPerSecond * 1000;
    }

    double cpuMillisTotal() {
        return cpuMillisPerFile.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
    }

    /** Cores kept busy on average: CPU per file times files per second. */
    double coresBusy() {
        return cpuMillisTotal() / millisPerFile();
    }
}
