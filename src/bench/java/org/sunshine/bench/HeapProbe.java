package org.sunshine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of the application's processes, read from outside with the JDK's {@code jcmd}: a full collection
 * ({@code GC.run}), then the heap in use ({@code GC.heap_info}), summed over the nodes; and where it goes
 * ({@code GC.class_histogram}, the largest classes).
 */
final class HeapProbe {

    private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    private final List<Long> pids;

    HeapProbe(List<Long> pids) {
        this.pids = List.copyOf(pids);
    }

    boolean available() {
        return !pids.isEmpty();
    }

    /** Bytes in use after a full collection, over all the processes. */
    long usedAfterGc() throws IOException, InterruptedException {
        long used = 0;
        for (long pid : pids) {
            jcmd(pid, "GC.run");
            // a second one: what the first left to finalizers and reference queues goes too
            jcmd(pid, "GC.run");
            String info = jcmd(pid, "GC.heap_info");
            Matcher m = USED.matcher(info);
            if (!m.find()) {
                throw new IOException("jcmd " + pid + " GC.heap_info: no heap figure in " + info);
            }
            used += Long.parseLong(m.group(2)) * 1024;
        }
        return used;
    }

    /** One row of the class histogram: instances, bytes, class. */
    record Row(long instances, long bytes, String type) {
    }

    /** The {@code top} classes by bytes, over all the processes (each process's own list, concatenated). */
    List<Row> histogram(int top) throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        for (long pid : pids) {
            int taken = 0;
            for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
                Matcher m = HISTOGRAM_ROW.matcher(line);
                if (m.matches() && taken++ < top) {
                    rows.add(new Row(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), m.group(3)));
                }
            }
        }
        return rows;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command)
                .redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("jcmd " + pid + " " + command + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
