package io.rdpdoctor.parse;

import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.facts.FactSet;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place that reads an input into one host's facts: it decides whether a path is a fact file
 * (YAML/JSON, read by {@link FactFileReader}) or raw command output (a capture folder, a pasted
 * transcript, one capture file, or "-" for standard input, read by {@link CaptureLoader}), reads it,
 * and says what could not be read. {@code diagnose}, scenario files ({@code file:}) and {@code batch}
 * all read through it; each keeps its own policy for problems (print and go on, fail the scenario,
 * write an error record).
 *
 * <ul>
 *   <li>A fact file is read whole or not at all: any problem is an {@link InputException} naming the
 *       file, and the line and column where known ({@code bad.yaml:3:7: ...}); a missing file is one
 *       whose {@link InputException#missing()} is true.</li>
 *   <li>Raw command output never throws: what cannot be read is skipped, with its reason, and the rest
 *       is read ({@link Input#skippedParts()}); when nothing at all could be read,
 *       {@link Input#nothingRead()} says so (the facts then hold at most the manifest's host).</li>
 * </ul>
 *
 * <p>Thread-safe: {@code batch} shares one reader between its workers.
 */
public final class InputReader {

    /** How an input is read. */
    public enum Kind {
        /** A YAML or JSON fact file. */
        FACT_FILE,
        /** Raw command output: a capture folder, a transcript or one capture file, or "-" (standard input, told apart by its content). */
        RAW_OUTPUT;

        /**
         * By its name: a path ending in {@code .yaml}, {@code .yml} or {@code .json} that is not a
         * folder is a fact file; anything else (a folder, "-", another file) is raw command output.
         */
        public static Kind of(Path p) {
            return CaptureLoader.isFactFile(p) ? FACT_FILE : RAW_OUTPUT;
        }
    }

    /**
     * One input, read.
     *
     * @param name         the input as named (the path as given)
     * @param kind         how it was read
     * @param facts        the facts read (for raw output where nothing could be read: at most the manifest's host)
     * @param skippedParts the files or transcript blocks of raw output that were skipped, with why; empty for a fact file
     * @param nothingRead  raw output in which no command output could be read at all
     * @param blocks       the command outputs of raw output that were read; empty for a fact file
     */
    public record Input(String name, Kind kind, FactSet facts, List<CaptureLoader.Skipped> skippedParts, boolean nothingRead,
                        List<CaptureLoader.Block> blocks) {
        public Input {
            skippedParts = List.copyOf(skippedParts);
            blocks = blocks == null ? List.of() : List.copyOf(blocks);
        }

        public Input(String name, Kind kind, FactSet facts, List<CaptureLoader.Skipped> skippedParts, boolean nothingRead) {
            this(name, kind, facts, skippedParts, nothingRead, List.of());
        }

        /** Each skipped part as the reports print it: {@code file[:line] (command): skipped: why}. */
        public List<String> skipped() {
            return skippedParts.stream().map(Object::toString).toList();
        }

        /**
         * Something in the input could not be read: nothing at all, or a part that was skipped as
         * unreadable, unrecognised or malformed (a note about a command that printed nothing does not count).
         */
        public boolean unreadable() {
            return nothingRead || skippedParts.stream().anyMatch(s -> s.why() != CaptureLoader.Why.NO_OUTPUT);
        }
    }

    private final FactFileReader factFiles = new FactFileReader();
    private final FreeTextReader freeText;
    /** Built on first use: the parsers are not loaded for a run that reads fact files only. */
    private volatile CaptureLoader captures;

    /** A reader that skips every block of raw output no parser recognises. */
    public InputReader() {
        this(FreeTextReader.NONE);
    }

    /** A reader that reads, in raw output no parser recognises, what the free text quotes ({@link FreeTextReader}). */
    public InputReader(FreeTextReader freeText) {
        this.freeText = java.util.Objects.requireNonNull(freeText, "freeText");
    }

    /** Reads a path, deciding by {@link Kind#of} whether it is a fact file or raw command output. */
    public Input read(Path path) throws InputException {
        return read(path, Kind.of(path));
    }

    /** Reads a path as the given kind (for a caller that has already decided, as {@code batch} does by where it found the input). */
    public Input read(Path path, Kind kind) throws InputException {
        if (kind == Kind.FACT_FILE) {
            return new Input(path.toString(), kind, factFiles.read(path), List.of(), false);
        }
        CaptureLoader.Result read = captures().load(path);
        return new Input(path.toString(), kind, read.facts(), read.skipped(), read.blocks().isEmpty(), read.blocks());
    }

    private CaptureLoader captures() {
        CaptureLoader c = captures;
        if (c == null) {
            synchronized (this) {
                c = captures;
                if (c == null) captures = c = new CaptureLoader(freeText);
            }
        }
        return c;
    }
}
