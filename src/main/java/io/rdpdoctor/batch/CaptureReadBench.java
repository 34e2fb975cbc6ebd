package io.rdpdoctor.batch;

import io.rdpdoctor.parse.CaptureLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The capture-read benchmark (bench/capture-read.sh): how long reading one capture folder takes
 * after the JVM is warm — list the folder, read and decode every file, split transcripts, sniff
 * the parser, parse, and merge the facts ({@link CaptureLoader#load(Path)}); no inference.
 *
 * <pre>java -cp target/rdp-doctor.jar io.rdpdoctor.batch.CaptureReadBench FOLDER [WARMUP-SECONDS] [ITERATIONS]</pre>
 *
 * Warms up for WARMUP-SECONDS (default 10) of back-to-back reads, then times ITERATIONS (default
 * 2000) reads one by one and prints the median, p90, p99, min and max in milliseconds, with the
 * number of files, blocks and facts of one read. A read that skips anything is reported, since
 * the folder is meant to be read whole.
 */
public final class CaptureReadBench {

    private CaptureReadBench() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: CaptureReadBench FOLDER [WARMUP-SECONDS] [ITERATIONS]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        double warmupSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        CaptureLoader loader = new CaptureLoader();

        CaptureLoader.Result first = loader.load(folder);
        if (!first.skipped().isEmpty()) {
            System.err.println("capture-read: the folder was not read whole: " + first.skipped());
        }
        long files = first.blocks().stream().map(CaptureLoader.Block::file).distinct().count();
        int facts = first.facts().facts().size();

        long sink = 0;
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warm = 0;
        while (System.nanoTime() < warmupEnd) {
            sink += loader.load(folder).facts().facts().size();
            warm++;
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            CaptureLoader.Result r = loader.load(folder);
            nanos[i] = System.nanoTime() - t0;
            sink += r.facts().facts().size();
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT,
                "capture-read %s: %d files, %d blocks, %d facts; warm-up %d reads (%.0f s), then %d reads: "
                        + "median %.2f ms, p90 %.2f ms, p99 %.2f ms, min %.2f ms, max %.2f ms%n",
                folder, files, first.blocks().size(), facts, warm, warmupSeconds, iterations,
                ms(pct(nanos, 50)), ms(pct(nanos, 90)), ms(pct(nanos, 99)), ms(nanos[0]), ms(nanos[nanos.length - 1]));
        if (sink == 42) {
            System.out.println(); // keeps the reads observable to the JIT
        }
    }

    private static long pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
