package io.rdpdoctor.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The {@code --out} directory, written so that an interrupted run never leaves a report that looks
 * whole:
 * <ol>
 *   <li>{@link #begin}: writes the marker file {@value #MARKER}, then replaces {@code report.html}
 *       and {@code summary.md} by placeholders that say the report is incomplete (each by a temporary
 *       file and an atomic rename, so a file is always either old-and-replaced or new);</li>
 *   <li>while the batch runs, results and the per-cause groups are spilled into the work folder
 *       {@value #WORK};</li>
 *   <li>{@link #publish}: each final file is written to a temporary file and renamed over its
 *       placeholder; report.html last; then the marker and the work folder are removed.</li>
 * </ol>
 * Killed at any point (SIGTERM or SIGKILL), the directory holds either the placeholders (and the
 * marker) or the final report. On SIGTERM the shutdown hook also keeps the results written so far as
 * {@value #PARTIAL_RESULTS}.
 */
public final class ReportDirectory {

    public static final String MARKER = "INCOMPLETE";
    public static final String WORK = ".rdp-doctor-work";
    public static final String REPORT = "report.html";
    public static final String SUMMARY = "summary.md";
    public static final String RESULTS = "results.jsonl";
    public static final String PARTIAL_RESULTS = "results.incomplete.jsonl";

    private final Path dir;
    private final Path work;

    public ReportDirectory(Path dir) {
        this.dir = dir;
        this.work = dir.resolve(WORK);
    }

    public Path dir() {
        return dir;
    }

    /** The folder for files that only exist while the batch runs. */
    public Path work() {
        return work;
    }

    public void begin(String what) throws IOException {
        Files.createDirectories(dir);
        deleteTree(work);
        Files.createDirectories(work);
        Files.deleteIfExists(dir.resolve(PARTIAL_RESULTS));
        String started = Instant.now().toString();
        writeAtomically(dir.resolve(MARKER), "A batch started at " + started + " (" + what + ") is running or was interrupted.\n"
                + "report.html and summary.md are complete only when this file is gone.\n");
        writeAtomically(dir.resolve(SUMMARY), FleetReport.incompleteMarkdown(started, what));
        writeAtomically(dir.resolve(REPORT), FleetReport.incompleteHtml(started, what));
        Files.deleteIfExists(dir.resolve(RESULTS));
    }

    /** Moves a finished file of the work folder into place, atomically. */
    public void publish(Path finished, String name) throws IOException {
        move(finished, dir.resolve(name));
    }

    public void finish() throws IOException {
        Files.deleteIfExists(dir.resolve(MARKER));
        deleteTree(work);
    }

    /** After an interruption: keep the results so far, drop the rest of the work folder. */
    public void abandon(Path partialResults) {
        try {
            if (partialResults != null && Files.exists(partialResults)) {
                move(partialResults, dir.resolve(PARTIAL_RESULTS));
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort: the JVM is going down
        }
        try {
            deleteTree(work);
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    public static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        move(tmp, target);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
