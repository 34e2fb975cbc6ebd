package io.rdpdoctor.cli;

import io.rdpdoctor.report.Visible;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.ReferenceDay;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.diagnosis.Understanding;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleBudget;
import io.rdpdoctor.engine.RuleException;
import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Collected;
import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.facts.Source;
import io.rdpdoctor.parse.InputReader;
import io.rdpdoctor.batch.BatchInput;
import io.rdpdoctor.batch.InputFinder;
import io.rdpdoctor.report.JsonRenderer;
import io.rdpdoctor.report.Renderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Diagnose one or more hosts (one report each): causes best first, with evidence and fixes.",
        exitCodeListHeading = "%nExit codes (3 wins over 4, 4 over 0):%n",
        exitCodeList = {"0:every input was understood; no cause or symptom found", "1:internal error", "2:usage error",
                "3:an input could not be read, or was not understood (no command recognised, a gpresult /r with no policy, "
                        + "a client message that matches nothing, a fact file with nothing but a host name): the report says so first",
                "4:diagnoses found", "5:the rules could not be loaded"},
        footer = {"%nExamples:",
                "  rdp-doctor diagnose SRV01-20250314-093000.zip      the collector's zip, as it is",
                "  rdp-doctor diagnose -f json -o report.json host.yaml",
                "  rdp-doctor diagnose facts/                         each host of the folder on its own",
                "  rdp-doctor diagnose -c 0x204"})
final class DiagnoseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Fact files (.yaml, .yml, .json), capture folders of raw command output or the collector's zip of "
                    + "one, pasted console transcripts (any other file), or - for standard input. A folder of several hosts' "
                    + "fact files, capture folders or zips: each is diagnosed on its own, never merged.")
    List<Path> files = new java.util.ArrayList<>();

    @Option(names = {"-c", "--client-error"}, paramLabel = "TEXT",
            description = "What the RDP client said (message text, a part of it, or an error code such as 0x204). "
                    + "Alone: ranked hypotheses and what to collect next. With FILEs: added to each file's facts.")
    String clientError;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json, markdown or html, in any case (default: ${DEFAULT-VALUE}). "
                    + "json with several inputs: one JSON array of reports.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report(s) to FILE instead of standard output (replaced whole, never left half-written).")
    Path output;

    @Option(names = "--as-of", paramLabel = "DATE", description = ReferenceDay.OPTION_HELP)
    java.time.LocalDate asOf;

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Rule firings one host may take; beyond, that input is an error (exit 3) and the others are still diagnosed (default: ${DEFAULT-VALUE}).")
    int maxFirings = RuleBudget.DEFAULT.maxFirings();

    @Option(names = "--max-seconds", paramLabel = "S",
            description = "Seconds of rule work one host may take; beyond, that input is an error (exit 3) (default: ${DEFAULT-VALUE}).")
    double maxSeconds = RuleBudget.DEFAULT.maxTime().toMillis() / 1000.0;

    @Mixin
    RulesOption rules;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Renderer renderer;
        try {
            renderer = Renderer.forFormat(format.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        RuleBudget budget;
        try {
            budget = RuleBudget.of(maxFirings, maxSeconds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (clientError != null && clientError.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--client-error needs the client's message or an error code, not an empty text");
        }
        if (files.isEmpty() && clientError == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give a fact FILE, or --client-error TEXT, or both");
        }
        if (output != null && Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output " + output + " is a directory; give a file name");
        }
        if (output != null && !Files.isDirectory(output.toAbsolutePath().getParent())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output " + output + ": no such folder " + output.toAbsolutePath().getParent());
        }
        List<Target> targets = targets(err);
        // The first input is read before the rule base is asked for: on the launcher's path the rules
        // are still being built on the other core (RulePreloader), so reading costs no wall time.
        Input first = targets.isEmpty() ? null : read(targets.get(0), err);
        if (targets.size() == 1 && first.facts() == null && clientError == null) {
            return ExitCodes.INPUT_ERROR; // nothing to diagnose: the rules are not needed
        }
        RuleBase ruleBase;
        try {
            ruleBase = ruleBase();
        } catch (RuleException e) {
            return reportRuleError(err, e);
        }
        Diagnoser diagnoser = new Diagnoser(ruleBase, ReferenceDay.of(asOf), budget);
        ReportWriter writer;
        try {
            writer = new ReportWriter(renderer, output == null ? spec.commandLine().getOut() : null,
                    renderer instanceof JsonRenderer && targets.size() > 1);
        } catch (IOException e) {
            err.println("rdp-doctor: cannot write " + output + ": " + e.getMessage());
            err.flush();
            return ExitCodes.OUTPUT_ERROR;
        }
        boolean inputError = false;
        boolean found = false;
        try {
            if (targets.isEmpty()) {
                FactSet facts = withClientError(new FactSet("--client-error", List.of()));
                Report report = understood(diagnoser.diagnose(facts), facts, new Input(facts, false, List.of(), List.of(), false, false));
                writer.write(report);
                found = report.hasDiagnoses();
                inputError = !report.notUnderstood().isEmpty();
            }
            for (int i = 0; i < targets.size(); i++) {
                Input input = i == 0 ? first : read(targets.get(i), err);
                inputError |= input.error();
                if (input.facts() != null) {
                    Report report;
                    try {
                        FactSet facts = withClientError(input.facts());
                        report = understood(diagnoser.diagnose(facts).withSkipped(input.skipped()), facts, input);
                    } catch (RuleBudget.Exceeded e) {
                        // this host only: an input error, and the other inputs are still diagnosed
                        err.println("rdp-doctor: " + targets.get(i).path() + ": " + e.getMessage());
                        err.flush();
                        inputError = true;
                        continue;
                    }
                    writer.write(report);
                    found |= report.hasDiagnoses();
                    inputError |= !report.notUnderstood().isEmpty();
                }
            }
            if (!writer.finish(err)) return ExitCodes.OUTPUT_ERROR;
        } finally {
            writer.discard();
        }
        return inputError ? ExitCodes.INPUT_ERROR : found ? ExitCodes.DIAGNOSES_FOUND : ExitCodes.NO_DIAGNOSIS;
    }

    /**
     * Where the reports go: standard output, or --output's file, written beside it under a temporary
     * name and moved over it at the end (atomically where the file system can), so that a failed run
     * never leaves a half-written report. With several JSON reports, one JSON array.
     */
    private final class ReportWriter {
        private final Renderer renderer;
        private final PrintWriter out;
        private final Path temp;
        private final boolean array;
        private int written;

        ReportWriter(Renderer renderer, PrintWriter stdout, boolean array) throws IOException {
            this.renderer = renderer;
            this.array = array;
            if (stdout != null) {
                this.out = stdout;
                this.temp = null;
            } else {
                Path target = output.toAbsolutePath();
                this.temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
                this.out = new PrintWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
            }
        }

        void write(Report report) {
            if (!array) {
                renderer.render(report, out);
            } else {
                StringWriter one = new StringWriter();
                renderer.render(report, new PrintWriter(one));
                out.print(written == 0 ? "[\n" : ",\n");
                out.print(one.toString().stripTrailing());
            }
            written++;
        }

        /** Ends the output; for --output moves the file into place. False when it could not be written. */
        boolean finish(PrintWriter err) {
            if (array) out.println(written == 0 ? "[]" : "\n]");
            out.flush();
            if (temp == null) return true;
            out.close();
            if (out.checkError()) {
                err.println("rdp-doctor: cannot write " + output + " (disk full?); it was left as it was");
                err.flush();
                return false;
            }
            if (written == 0 && !array) {
                err.println("rdp-doctor: no report, so " + output + " was not written");
                err.flush();
                return true;
            }
            try {
                try {
                    Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
                }
                return true;
            } catch (IOException e) {
                err.println("rdp-doctor: cannot write " + output + ": " + e.getMessage());
                err.flush();
                return false;
            }
        }

        /** Removes the temporary file if it was not moved into place. */
        void discard() {
            if (temp == null) return;
            out.close();
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // best effort: a dot-file beside the output is all that stays
            }
        }
    }

    /** One input to diagnose: its path, how to read it (null: by its name), or why it cannot be read at all. */
    private record Target(Path path, InputReader.Kind kind, String problem) {
    }

    /**
     * The inputs, one host each. A folder that holds several hosts' inputs (fact files, capture folders,
     * zips: found as {@code batch} finds them) is split into them, each diagnosed on its own: several
     * hosts' facts are never merged into one report. A capture folder is one host, a fact file beside
     * its command output included.
     */
    private List<Target> targets(PrintWriter err) {
        List<Target> out = new ArrayList<>();
        for (Path p : files) {
            if (!p.toString().equals("-") && Files.isDirectory(p)) {
                List<BatchInput> found = InputFinder.find(List.of(p));
                // one fact file beside command output is one host's (the folder is read whole, joined);
                // a lone capture folder or zip below it is read as itself
                boolean split = found.size() > 1 || (found.size() == 1 && found.get(0).type() != BatchInput.Type.FACT_FILE
                        && !found.get(0).path().equals(p));
                if (split) {
                    if (found.size() > 1) err.println("rdp-doctor: " + Visible.text(p.toString()) + " holds " + found.size()
                            + " inputs (fact files, capture folders or zips, one host each): each is diagnosed on its own; "
                            + "'rdp-doctor batch " + Visible.text(p.toString()) + "' gives a fleet summary");
                    err.flush();
                    for (BatchInput b : found) {
                        out.add(switch (b.type()) {
                            case FACT_FILE -> new Target(b.path(), InputReader.Kind.FACT_FILE, null);
                            case CAPTURE_FOLDER, CAPTURE_ZIP -> new Target(b.path(), InputReader.Kind.RAW_OUTPUT, null);
                            case UNUSABLE -> new Target(b.path(), null, b.problem());
                        });
                    }
                    continue;
                }
            }
            out.add(new Target(p, null, null));
        }
        return out;
    }

    /**
     * One input's facts (null when it could not be read at all), whether anything in it was
     * unreadable, and for raw output what was recognised in it and whether nothing was.
     */
    private record Input(FactSet facts, boolean error, List<String> skipped, List<Report.Recognised> recognised, boolean raw,
                         boolean nothingRead) {
    }

    /** The report saying what was recognised in raw output and what was not understood (then the exit code is 3). */
    private static Report understood(Report report, FactSet facts, Input input) {
        return report.withReading(input.recognised(),
                Understanding.notUnderstood(report, facts, input.raw(), input.nothingRead(), input.recognised()));
    }

    /** Made on first use, so that only diagnose pays for loading the readers (and after the rules started loading). */
    private InputReader reader;
    private RuleBase loaded;
    private RuleException loadFailed;

    /** The rules, loaded once: by the first input's free text, if it has any, else before the first diagnosis. */
    private RuleBase ruleBase() throws RuleException {
        if (loaded == null && loadFailed == null) {
            try {
                loaded = rules.load();
            } catch (RuleException e) {
                loadFailed = e;
            }
        }
        if (loadFailed != null) throw loadFailed;
        return loaded;
    }

    /** The catalogue, for free text in raw output; null when the rules cannot be loaded (that error is reported once, later). */
    private io.rdpdoctor.knowledge.Catalogue catalogue() {
        try {
            return ruleBase().catalogue();
        } catch (RuleException e) {
            return null;
        }
    }

    /**
     * Reads a fact file or raw command output with the project's {@link InputReader}. diagnose's
     * policy: problems are printed to standard error, never thrown; raw output is diagnosed from what
     * could be read, each skipped part printed, and anything unreadable makes the exit code 3.
     */
    private Input read(Target target, PrintWriter err) {
        Path file = target.path();
        if (target.problem() != null) {
            err.println("rdp-doctor: " + Visible.text(file + ": " + target.problem()));
            err.flush();
            return new Input(null, true, List.of(), List.of(), false, false);
        }
        if (reader == null) reader = new InputReader(new io.rdpdoctor.knowledge.FreeTextQuotes(this::catalogue));
        try {
            InputReader.Input read = target.kind() == null ? reader.read(file) : reader.read(file, target.kind());
            boolean raw = read.kind() == InputReader.Kind.RAW_OUTPUT;
            if (raw) {
                read.skipped().forEach(x -> err.println("rdp-doctor: " + Visible.text(x)));
                if (read.nothingRead()) {
                    // the report says so first and what to collect (Understanding), never "no cause found"
                    err.println("rdp-doctor: " + Visible.text(file.toString()) + ": no command output could be read; nothing to diagnose");
                }
                err.flush();
            }
            boolean nothingUseful = read.nothingRead() || read.facts().nothingCollected() && clientError == null;
            if (nothingUseful && read.skippedParts().stream().anyMatch(x -> x.why() == io.rdpdoctor.parse.CaptureLoader.Why.UNREADABLE)) {
                // unreadable (missing, binary, too large), not merely not understood: no report, as for a broken fact file
                return new Input(null, true, read.skipped(), List.of(), raw, true);
            }
            List<Report.Recognised> recognised = read.blocks().stream()
                    .map(Report.Recognised::of).toList();
            if (read.facts().nothingCollected() && clientError == null && !read.nothingRead()) {
                // not healthy: the report says nothing was collected (F21), and the exit code is 3
                err.println("rdp-doctor: " + file + ": " + FactSet.NOTHING_COLLECTED);
                err.flush();
            }
            return new Input(read.facts(), read.unreadable() || read.nothingRead(), read.skipped(), recognised, raw, read.nothingRead());
        } catch (InputException e) {
            err.println("rdp-doctor: " + Visible.text(e.getMessage()));
            err.flush();
            return new Input(null, true, List.of(), List.of(), false, false);
        }
    }

    /** The facts with the client's message added as a failed connection attempt. */
    private FactSet withClientError(FactSet facts) {
        if (clientError == null) {
            return facts;
        }
        Source source = new Source("--client-error", null, null);
        List<Fact> all = new java.util.ArrayList<>(facts.facts());
        if (!facts.collected(Area.CONNECTION_ATTEMPTS)) {
            all.add(new Collected(Area.CONNECTION_ATTEMPTS, source));
        }
        all.add(new ConnectionAttempt(null, null, null, null, null, null, false, clientError, null, null, null, source));
        return new FactSet(facts.origin(), all);
    }

    static int reportRuleError(PrintWriter err, RuleException e) {
        err.println("rdp-doctor: the rules could not be loaded:");
        e.problems().forEach(p -> err.println("  " + Visible.text(String.valueOf(p))));
        err.flush();
        return ExitCodes.RULE_ERROR;
    }
}
