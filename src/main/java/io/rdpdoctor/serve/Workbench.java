package io.rdpdoctor.serve;

import io.rdpdoctor.batch.PooledDiagnoser;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.parse.CaptureLoader;
import io.rdpdoctor.parse.FactMerger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * One request of the page or the API, read and diagnosed: the pasted text (command output, a
 * transcript, or a fact file), the files dropped (a zip already expanded by {@link Uploads}), and
 * the client's error message, read by the project's {@link CaptureLoader} as the CLI reads a
 * transcript, a capture folder and {@code client-error.txt}; then one diagnosis by the shared
 * {@link PooledDiagnoser} (the warm rule base, a pooled session per request). Nothing is kept.
 */
final class Workbench {

    /** The name a paste's facts cite as their file ({@code paste:12 (netstat -ano)}): the page highlights its lines. */
    static final String PASTE = "paste";
    /** The client's message is read as the collector's client-error.txt is: same parser, same fact. */
    static final String CLIENT_ERROR = "client-error.txt";

    /** What was sent. Any part may be empty; {@code files} are relative names with their bytes. */
    record Request(String paste, String clientError, SortedMap<String, byte[]> files) {
    }

    /**
     * What was read and what it gives.
     *
     * @param report  the report, or null when there was nothing to diagnose ({@link #nothing} says why)
     * @param facts   the facts read (for the fact-file export)
     * @param read    every part that was read, as the report lists it ({@link Report#recognised()}: where,
     *                command, parser, how, facts, encoding, language); the same list is in the report
     * @param skipped every part that could not be read, with why
     * @param nothing why there is no report, or null
     */
    record Outcome(Report report, FactSet facts, List<Report.Recognised> read, List<CaptureLoader.Skipped> skipped, String nothing) {
    }

    private final CaptureLoader loader;
    private final PooledDiagnoser diagnoser;

    Workbench(PooledDiagnoser diagnoser) {
        this.diagnoser = diagnoser;
        // a ticket pasted with the output: the client messages and events its words quote are read too
        this.loader = new CaptureLoader(io.rdpdoctor.knowledge.FreeTextQuotes.of(diagnoser.catalogue()));
    }

    /** Reads and diagnoses; {@link io.rdpdoctor.engine.RuleBudget.Exceeded} when the host needs more rule work than allowed. */
    Outcome diagnose(Request r) {
        List<CaptureLoader.Result> parts = new ArrayList<>();
        List<String> origin = new ArrayList<>();
        if (r.paste() != null && !r.paste().isBlank()) {
            parts.add(loader.load(PASTE, r.paste().getBytes(StandardCharsets.UTF_8)));
            origin.add(PASTE);
        }
        if (!r.files().isEmpty()) {
            parts.add(loader.load("upload", r.files()));
            origin.add(r.files().size() == 1 ? r.files().firstKey() : r.files().size() + " files");
        }
        if (r.clientError() != null && !r.clientError().isBlank()) {
            parts.add(loader.load(CLIENT_ERROR, r.clientError().getBytes(StandardCharsets.UTF_8)));
            origin.add("client error");
        }
        List<Fact> facts = new ArrayList<>();
        List<CaptureLoader.Block> blocks = new ArrayList<>();
        List<CaptureLoader.Skipped> skipped = new ArrayList<>();
        for (CaptureLoader.Result p : parts) {
            facts.addAll(p.facts().facts());
            blocks.addAll(p.blocks());
            skipped.addAll(p.skipped());
        }
        FactSet set = new FactSet(origin.isEmpty() ? PASTE : String.join(" + ", origin), FactMerger.merge(facts));
        List<Report.Recognised> read = blocks.stream().map(Report.Recognised::of).toList();
        if (parts.isEmpty()) {
            return new Outcome(null, set, read, skipped, "nothing was given: paste command output, drop capture files, or enter the client's error message");
        }
        if (blocks.isEmpty()) {
            return new Outcome(null, set, read, skipped, "no command output could be read; nothing to diagnose");
        }
        if (set.nothingCollected()) {
            return new Outcome(null, set, read, skipped, FactSet.NOTHING_COLLECTED);
        }
        Report report = diagnoser.diagnose(set).withSkipped(skipped.stream().map(Object::toString).toList());
        report = report.withReading(read, report.notUnderstood());
        return new Outcome(report, set, read, skipped, null);
    }
}
