package io.rdpdoctor.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
    /** Held (an OS file lock) while a batch writes the directory: a second batch on it refuses. */
    public static final String LOCK = ".rdp-doctor.lock";

    /** The directory cannot be used: another batch writes it, or it holds someone else's files. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * Why the directory could not be written, in the system's words and not as a Java exception
     * (adversarial review F29): {@code cannot write DIR: permission denied}, {@code ... no space left
     * on device}, naming the file too when it is not the directory itself. It is the environment, not
     * a bug: {@code batch} exits 2, as for a directory it refuses.
     */
    public static String cannotWrite(Path dir, IOException e) {
        String file = e instanceof java.nio.file.FileSystemException f ? f.getFile() : null;
        String reason;
        if (e instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            reason = "no such file or directory";
        } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        reason = reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        boolean other = file != null && !Path.of(file).equals(dir);
        return "cannot write" + (dir == null ? "" : " " + dir) + ": " + reason + (other ? " (" + file + ")" : "");
    }

    private FileChannel lockChannel;
    private FileLock lock;

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

    /**
     * Takes the directory for this run: refuses ({@link Refused}) a directory that is not empty and
     * holds no earlier rdp-doctor report (its files would be replaced or deleted, adversarial review
     * F20) and one that another batch is writing (each would delete the other's work folder, F12),
     * then writes the placeholders.
     */
    public void begin(String what) throws IOException {
        if (Files.isDirectory(dir) && !holdsNothingOrAReport(dir)) {
            throw new Refused("--out " + dir + " is not empty and holds no earlier rdp-doctor report; "
                    + "give a new or empty directory (or the directory of an earlier report)");
        }
        Files.createDirectories(dir);
        lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this process
        }
        if (lock == null) {
            lockChannel.close();
            lockChannel = null;
            throw new Refused("--out " + dir + " is being written by another batch (" + LOCK + " is locked); "
                    + "wait for it, or give another directory");
        }
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
        release();
    }

    /** Lets another batch write the directory (also when the process ends, by the OS). */
    public void release() {
        try {
            if (lock != null) lock.release();
            if (lockChannel != null) lockChannel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
        lock = null;
        lockChannel = null;
    }

    /**
     * Empty (but for a lock file), or holding a report an earlier batch wrote: a report.html that
     * carries rdp-doctor's marker, complete or a placeholder.
     */
    static boolean holdsNothingOrAReport(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            if (s.allMatch(p -> p.getFileName().toString().equals(LOCK))) {
                return true;
            }
        }
        Path report = dir.resolve(REPORT);
        if (!Files.isRegularFile(report)) {
            return false;
        }
        try (java.io.InputStream in = Files.newInputStream(report)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return head.contains("<meta name=\"rdp-doctor-report\"");
        }
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
        release();
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
