package dev.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time (user + system, all threads) of named processes, read from /proc (Linux). On a machine
 * whose cores are saturated, the rate of a transfer follows the CPU time it costs, so this tells
 * which process the time goes to, and how much of it is Dossier's own.
 */
final class CpuMeter {
    /** USER_HZ: the unit of /proc/PID/stat's times, 100 on every Linux architecture Java runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Supplier<Long>> pids = new LinkedHashMap<>();

    /** Adds a process, looked up at every reading (a server may be restarted between phases). */
    CpuMeter track(String name, Supplier<Long> pid) {
        pids.put(name, pid);
        return this;
    }

    /** Seconds of CPU each tracked process has used so far; a process that is gone reads as absent. */
    Map<String, Double> read() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<Long>> e : pids.entrySet()) {
            Long pid = e.getValue().get();
            if (pid == null) {
                continue;
            }
            try {
                seconds.put(e.getKey(), cpuSeconds(pid));
            } catch (IOException | RuntimeException gone) {
                // not running (or not Linux): left out rather than reported as zero
            }
        }
        return seconds;
    }

    /** Milliseconds of CPU per operation of each process between two readings. */
    static Map<String, Double> perOperationMillis(
            Map<String, Double> before, Map<String, Double> after, int operations) {
        Map<String, Double> millis = new LinkedHashMap<>();
        after.forEach((name, end) -> {
            Double start = before.get(name);
            if (start != null) {
                millis.put(name, (end - start) * 1000 / operations);
            }
        });
        return millis;
    }

    static double cpuSeconds(long pid) throws IOException {
        return cpuSeconds(Path.of("/proc/" + pid + "/stat"));
    }

    /** CPU seconds of a process's or a thread's stat file ({@code /proc/PID/stat}, {@code /proc/PID/task/TID/stat}). */
    static double cpuSeconds(Path statFile) throws IOException {
        String stat = Files.readString(statFile);
        // the command name (field 2) may contain spaces; fields after it start at 3 (state)
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long utime = Long.parseLong(fields[14 - 3]);
        long stime = Long.parseLong(fields[15 - 3]);
        return (utime + stime) / TICKS_PER_SECOND;
    }
}
