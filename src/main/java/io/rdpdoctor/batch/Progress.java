package io.rdpdoctor.batch;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The progress bar on standard error: inputs done / total, rate, ETA. Drawn only when standard
 * error is a terminal (and not --quiet); one line rewritten in place.
 */
final class Progress {

    private final PrintStream err;
    private final long start = System.nanoTime();
    private int lastLength;

    Progress(PrintStream err) {
        this.err = err;
    }

    /** Whether file descriptor 2 is a terminal (Linux: /proc/self/fd/2 points at a tty). */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) return false;
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (Exception e) {
            return System.console() != null; // not Linux: stdin and stdout are a terminal, stderr most likely too
        }
    }

    void draw(int done, int total) {
        double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        double rate = done / secs;
        int width = 24;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        String eta = rate <= 0 || done == 0 ? "--:--" : clock((total - done) / rate);
        String line = String.format(Locale.ROOT, "batch [%s%s] %,d/%,d %3d%%  %,.0f hosts/s  ETA %s",
                "#".repeat(filled), "-".repeat(width - filled), done, total, total == 0 ? 100 : (int) ((long) done * 100 / total), rate, eta);
        int pad = Math.max(0, lastLength - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        lastLength = line.length();
    }

    void clear() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
